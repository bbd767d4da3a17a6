/*
 * htab.c: an index of hashes into a caller's array, and a keyed hash.
 */
#include <sys/random.h>
#include <sys/types.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "htab.h"

/*
 * The hash is SipHash-1-3 (Aumasson and Bernstein; the variant Python
 * and Rust use for their tables) under a key drawn from getrandom() once
 * per process: the keys come from a catalogue anyone may have written,
 * and with a fixed hash 131,072 crafted ids sharing their low 18 bits
 * made each lookup a walk through all of them (14.7 s to list them,
 * 0.29 s for random ids).  Without the key, collisions cannot be made
 * in advance.
 */
static uint64_t	 sipkey[2];
static bool	 keyed;

#define ROTL(x, b)	(((x) << (b)) | ((x) >> (64 - (b))))

struct sip {
	uint64_t	 v0, v1, v2, v3;
};

static void
sipround(struct sip *v)
{
	v->v0 += v->v1;
	v->v1 = ROTL(v->v1, 13);
	v->v1 ^= v->v0;
	v->v0 = ROTL(v->v0, 32);
	v->v2 += v->v3;
	v->v3 = ROTL(v->v3, 16);
	v->v3 ^= v->v2;
	v->v0 += v->v3;
	v->v3 = ROTL(v->v3, 21);
	v->v3 ^= v->v0;
	v->v2 += v->v1;
	v->v1 = ROTL(v->v1, 17);
	v->v1 ^= v->v2;
	v->v2 = ROTL(v->v2, 32);
}

/* A key from the system, or, failing that, from what varies by run. */
static void
seed(void)
{
	unsigned char	 k[16];
	uint64_t	 mix;

	if (getrandom(k, sizeof(k), 0) == (ssize_t)sizeof(k)) {
		memcpy(sipkey, k, sizeof(sipkey));
	} else {
		mix = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^
		    (uint64_t)(uintptr_t)&mix;
		sipkey[0] = mix * 0x9e3779b97f4a7c15ull;
		sipkey[1] = (mix ^ (uint64_t)clock()) * 0xbf58476d1ce4e5b9ull;
	}
	keyed = true;
}

void
htab_seed(const unsigned char key[16])
{
	memcpy(sipkey, key, sizeof(sipkey));
	keyed = true;
}

static inline unsigned char
lower(unsigned char c, bool nocase)
{
	return nocase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static uint64_t
siphash(const char *s, size_t len, bool nocase)
{
	const unsigned char	*p = (const unsigned char *)s;
	struct sip		 v;
	uint64_t		 m;
	size_t			 i, j, whole = len & ~(size_t)7;

	if (!keyed)
		seed();
	v.v0 = sipkey[0] ^ 0x736f6d6570736575ull;
	v.v1 = sipkey[1] ^ 0x646f72616e646f6dull;
	v.v2 = sipkey[0] ^ 0x6c7967656e657261ull;
	v.v3 = sipkey[1] ^ 0x7465646279746573ull;
	for (i = 0; i < whole; i += 8) {
		for (m = 0, j = 0; j < 8; j++)
			m |= (uint64_t)lower(p[i + j], nocase) << (8 * j);
		v.v3 ^= m;
		sipround(&v);
		v.v0 ^= m;
	}
	/* The last 0 to 7 bytes, and the length in the top byte. */
	for (m = (uint64_t)len << 56, j = 0; i + j < len; j++)
		m |= (uint64_t)lower(p[i + j], nocase) << (8 * j);
	v.v3 ^= m;
	sipround(&v);
	v.v0 ^= m;
	v.v2 ^= 0xff;
	sipround(&v);
	sipround(&v);
	sipround(&v);
	return v.v0 ^ v.v1 ^ v.v2 ^ v.v3;
}

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
	return siphash(s, len, false);
}

/* The same hash for strings that differ only in ASCII case. */
uint64_t
htab_hash_nocase(const char *s, size_t len)
{
	return siphash(s, len, true);
}
