/*
 * load.h: reading a catalogue file into a struct catalog.
 *
 * The loader accepts any YAML spelling of the catalogue (block or flow
 * style, JSON, quoted or plain scalars, block scalars, comments, CRLF, a
 * byte order mark) and refuses, with a located diagnostic, anything that
 * is not exactly a catalogue: unknown or duplicate keys, wrong kinds of
 * node, missing or malformed values, duplicate ids, anchors, aliases,
 * tags, several documents, and whatever libyaml itself rejects.
 */
#ifndef IOMPUBS_LOAD_H
#define IOMPUBS_LOAD_H

#include "catalog.h"
#include "diag.h"
#include "input.h"

/*
 * Limits; see iompubs-catalog(5), LIMITS.  A catalogue needs 6 levels of
 * nesting; refusing more early keeps hostile input from making libyaml
 * spend quadratic time.
 */
#define LOAD_MAX_DEPTH		10		/* nested collections */
#define LOAD_MAX_FIELD		(1024 * 1024)	/* bytes in one value */
#define LOAD_MAX_RAW		(4 * LOAD_MAX_FIELD) /* input between events */
#define LOAD_MAX_RECORDS	10000000	/* items in one list */

struct load_opts {
	unsigned	 depth;		/* nesting limit, at most LOAD_MAX_DEPTH */
	size_t		 field;		/* value length limit */
	size_t		 records;	/* list length limit */
	unsigned	 skip;		/* 1 << FIELD_ABSTRACT, FIELD_NOTES:
					   checked but not kept */
	/*
	 * Called with each record as soon as it is read, while it is
	 * still in the cache: a second pass over a large catalogue costs
	 * more in memory traffic than in work.  NULL: none.
	 */
	void		(*each)(const struct pub *, void *arg);
	void		*arg;
};

extern const struct load_opts load_default_opts;

/*
 * Load the catalogue from in.  Returns the catalogue, or NULL when it
 * could not be loaded; d then holds at least one error, or d->oom is set.
 * Warnings may be added either way.
 */
struct catalog	*catalog_load(struct input *in, struct diags *d);

/*
 * The same with other options: tests use small limits, and commands
 * that never show abstracts or notes save the memory.
 */
struct catalog	*catalog_load_with(struct input *in, struct diags *d,
		    const struct load_opts *);

/*
 * Load the catalogue held in text[0..len), read as a file called name
 * would be (the built-in catalogue, tests, fuzzers).  d is initialised
 * here; the caller frees it whatever the result.
 */
struct catalog	*catalog_load_memory(const char *name, const void *text,
		    size_t len, struct diags *d);

#endif
