/*
 * arena.h: one allocation pool per loaded catalogue.
 *
 * Everything a catalogue holds (records, strings, lists) is carved out of
 * one arena and released with a single arena_free(), so no record or string
 * has an owner of its own and nothing can leak piecemeal.
 */
#ifndef IOMPUBS_ARENA_H
#define IOMPUBS_ARENA_H

#include <stddef.h>

struct arena;

struct arena	*arena_new(void);
void		 arena_free(struct arena *);

/* Memory aligned for any object; NULL when out of memory. */
void		*arena_alloc(struct arena *, size_t);

/*
 * A NUL-terminated copy of len bytes (which may hold NULs), not aligned:
 * strings are packed end to end.  NULL when out of memory.
 */
char		*arena_strndup(struct arena *, const char *, size_t len);

/* Bytes handed out so far, for statistics and benchmarks. */
size_t		 arena_used(const struct arena *);

#endif
