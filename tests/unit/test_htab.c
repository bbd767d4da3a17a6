/*
 * test_htab.c: unit tests for the hash index.  Every key put in is found
 * again, including keys whose hashes share their low bits (so probing
 * must wrap around the end of the table); a table sized for n keys
 * stays at most half full; the hash depends on its key, the case-blind
 * one agrees with the plain one on lowercase text and ignores ASCII
 * case only, and strings crafted to collide under FNV-1a do not.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "htab.h"

/* Put key number idx (0-based) under hash h; return its slot. */
static struct hslot *
put(struct htab *t, uint64_t h, size_t idx)
{
	struct hslot	*s;

	for (s = htab_first(t, h); s->idx != 0; s = htab_next(t, s))
		assert_false(s->h == h && s->idx == idx + 1);
	s->h = h;
	s->idx = idx + 1;
	return s;
}

/* The index + 1 of the key with hash h and index idx, or 0. */
static size_t
get(const struct htab *t, uint64_t h, size_t idx)
{
	struct hslot	*s;

	for (s = htab_first(t, h); s->idx != 0; s = htab_next(t, s))
		if (s->h == h && s->idx == idx + 1)
			return s->idx;
	return 0;
}

static void
test_finds_every_key(void **state)
{
	struct htab	 t;
	char		 key[32];
	uint64_t	 h[1000];
	size_t		 i;
	int		 len;

	(void)state;
	assert_true(htab_init(&t, 1000));
	for (i = 0; i < 1000; i++) {
		len = snprintf(key, sizeof(key), "key-%zu", i);
		h[i] = htab_hash(key, (size_t)len);
		put(&t, h[i], i);
	}
	for (i = 0; i < 1000; i++)
		assert_int_equal(get(&t, h[i], i), i + 1);
	assert_int_equal(get(&t, htab_hash("key-1000", 8), 1000), 0);
	htab_free(&t);
	assert_null(t.slot);
}

static void
test_probing_wraps_around(void **state)
{
	struct htab	 t;
	struct hslot	*s;
	size_t		 i;

	(void)state;
	assert_true(htab_init(&t, 8));
	/* All hashes land on the last slot, then wrap to slot 0, 1, ... */
	for (i = 0; i < 8; i++) {
		s = put(&t, t.mask + (i << 32), i);
		assert_ptr_equal(s, &t.slot[(t.mask + i) & t.mask]);
	}
	for (i = 0; i < 8; i++)
		assert_int_equal(get(&t, t.mask + (i << 32), i), i + 1);
	htab_free(&t);
}

static void
test_at_most_half_full(void **state)
{
	struct htab	 t;
	size_t		 n;

	(void)state;
	for (n = 0; n < 200; n++) {
		assert_true(htab_init(&t, n));
		assert_true(t.mask + 1 >= 16);
		assert_true((t.mask + 1) / 2 >= n);
		assert_int_equal((t.mask + 1) & t.mask, 0);
		htab_free(&t);
	}
	/* More keys than memory could hold: refused, not wrapped. */
	assert_false(htab_init(&t, SIZE_MAX / 2));
	assert_null(t.slot);
	htab_free(&t);
}

static void
test_hashes(void **state)
{
	static const unsigned char k1[16] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
	    10, 11, 12, 13, 14, 15 };
	static const unsigned char k2[16] = { 1 };
	uint64_t	 a, b;

	(void)state;
	/* Keyed: the same string hashes differently under another key. */
	htab_seed(k1);
	a = htab_hash("foobar", 6);
	htab_seed(k2);
	b = htab_hash("foobar", 6);
	assert_true(a != b);
	htab_seed(k1);
	assert_true(htab_hash("foobar", 6) == a);
	/* Every length up to two blocks, and what the length changes. */
	assert_true(htab_hash("", 0) != htab_hash("\0", 1));
	assert_true(htab_hash("ab\0c", 4) != htab_hash("ab", 2));
	assert_true(htab_hash("abcdefgh", 8) != htab_hash("abcdefg", 7));
	assert_true(htab_hash("abcdefghijklmnop", 16) !=
	    htab_hash("abcdefghijklmnoq", 16));
	assert_true(htab_hash_nocase("foobar", 6) == htab_hash("foobar", 6));
	assert_true(htab_hash_nocase("FooBAR", 6) == htab_hash("foobar", 6));
	assert_true(htab_hash_nocase("ABCDEFGHIJK", 11) ==
	    htab_hash("abcdefghijk", 11));
	assert_true(htab_hash("FooBAR", 6) != htab_hash("foobar", 6));
	/* Only ASCII letters: '@' and '[' border 'A' and 'Z'. */
	assert_true(htab_hash_nocase("@[", 2) == htab_hash("@[", 2));
	assert_true(htab_hash_nocase("\xc3\x89", 2) ==
	    htab_hash("\xc3\x89", 2));
}

/*
 * Strings built to collide in FNV-1a's low 18 bits (one of two blocks
 * at each place, each pair colliding there) spread over the table like
 * any others under the keyed hash.
 */
static void
test_no_crafted_collisions(void **state)
{
	static const char *const pair[8][2] = {
		{ "rffr", "sujv" }, { "aoop", "udwk" }, { "gfjz", "fqtd" },
		{ "xjwi", "roid" }, { "huyc", "cqoh" }, { "qxpc", "ktmv" },
		{ "jibq", "uhxc" }, { "pbbl", "dcxw" },
	};
	char		 key[64];
	uint64_t	 low[256];
	size_t		 i, j, distinct = 0;
	int		 len;

	(void)state;
	for (i = 0; i < 256; i++) {
		len = snprintf(key, sizeof(key), "id-");
		for (j = 0; j < 8; j++)
			len += snprintf(key + len, sizeof(key) - (size_t)len,
			    "%s", pair[j][(i >> (7 - j)) & 1]);
		low[i] = htab_hash(key, (size_t)len) & 0x3ffff;
		for (j = 0; j < i && low[j] != low[i]; j++)
			;
		distinct += j == i;
	}
	/* FNV-1a gave them one value; random ones give about 256. */
	assert_true(distinct > 240);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_finds_every_key),
		cmocka_unit_test(test_probing_wraps_around),
		cmocka_unit_test(test_at_most_half_full),
		cmocka_unit_test(test_hashes),
		cmocka_unit_test(test_no_crafted_collisions),
	};

	return cmocka_run_group_tests_name("test_htab", tests, NULL, NULL);
}
