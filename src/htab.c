/*
 * htab.c: an index of hashes into a caller's array.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "htab.h"

#define FNV_OFFSET	0xcbf29ce484222325ull	/* FNV-1a, 64 bits */
#define FNV_PRIME	0x100000001b3ull

/* Room for nkeys at half load at most; false when out of memory. */
bool
htab_init(struct htab *t, size_t nkeys)
{
	size_t	 cap = 16;

	t->slot = NULL;
	while (cap / 2 < nkeys) {
		if (cap > SIZE_MAX / 4 / sizeof(*t->slot))
			return false;
		cap *= 2;
	}
	t->mask = cap - 1;
	return (t->slot = calloc(cap, sizeof(*t->slot))) != NULL;
}

void
htab_free(struct htab *t)
{
	free(t->slot);
	t->slot = NULL;
}

/* The slot where probing for h starts. */
struct hslot *
htab_first(const struct htab *t, uint64_t h)
{
	return &t->slot[h & t->mask];
}

/* The slot after s, wrapping around. */
struct hslot *
htab_next(const struct htab *t, const struct hslot *s)
{
	return &t->slot[((size_t)(s - t->slot) + 1) & t->mask];
}

uint64_t
htab_hash(const char *s, size_t len)
{
	uint64_t	 h = FNV_OFFSET;
	size_t		 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= FNV_PRIME;
	}
	return h;
}

/* The same hash for strings that differ only in ASCII case. */
uint64_t
htab_hash_nocase(const char *s, size_t len)
{
	uint64_t	 h = FNV_OFFSET;
	unsigned char	 c;
	size_t		 i;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		h ^= c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
		h *= FNV_PRIME;
	}
	return h;
}
