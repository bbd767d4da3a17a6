/*
 * htab.h: the open-addressing index that the checks and statistics use
 * to find a key among thousands without comparing it with each.
 *
 * The table holds no keys, only a hash and an index (plus one) into an
 * array that the caller owns; the caller compares keys itself.  It is
 * sized once for every key it will hold and is never more than half
 * full, so a probe always ends at an empty slot.  Typical use:
 *
 *	for (s = htab_first(&t, h); s->idx != 0; s = htab_next(&t, s))
 *		if (s->h == h && same(v[s->idx - 1], key))
 *			return s->idx - 1;
 *	s->h = h;
 *	s->idx = ++n;
 */
#ifndef IOMPUBS_HTAB_H
#define IOMPUBS_HTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct hslot {
	uint64_t	 h;
	size_t		 idx;		/* 0: empty; else the entry + 1 */
};

struct htab {
	struct hslot	*slot;
	size_t		 mask;		/* capacity - 1 */
};

bool		 htab_init(struct htab *, size_t nkeys);
void		 htab_free(struct htab *);
struct hslot	*htab_first(const struct htab *, uint64_t h);
struct hslot	*htab_next(const struct htab *, const struct hslot *);

/*
 * SipHash-1-3 of a string under a key drawn at random once per process,
 * so that no one can write keys that collide; the _nocase one ignores
 * ASCII case.  htab_seed() sets the key instead (for tests).
 */
uint64_t	 htab_hash(const char *, size_t);
uint64_t	 htab_hash_nocase(const char *, size_t);
void		 htab_seed(const unsigned char key[16]);

#endif
