/*
 * test_arena.c: unit tests for the catalogue's bump allocator.  Every
 * pointer from arena_alloc() must be aligned for any object, whatever
 * came before it, while strings are packed end to end; many small
 * allocations and a request larger than any chunk (followed by small
 * ones again) must all be usable at once without overlapping; arena_strndup() must copy
 * embedded NULs and terminate the copy; arena_used() must grow by at
 * least what was asked for.  Under ASan an overlap or an overrun of a
 * chunk shows up as an error as well as a failed comparison.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdalign.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

#define ALIGN	alignof(max_align_t)
#define BIG	(10u * 1024 * 1024)

static bool
aligned(const void *p)
{
	return (uintptr_t)p % ALIGN == 0;
}

static unsigned char
pattern(size_t i, size_t j)
{
	return (unsigned char)(i * 31 + j * 7 + 1);
}

static void
test_alignment(void **state)
{
	struct arena	*a;
	void		*p;
	size_t		 n;

	(void)state;
	assert_non_null(a = arena_new());
	for (n = 0; n <= 130; n++) {
		p = arena_alloc(a, n);
		assert_non_null(p);
		if (!aligned(p))
			fail_msg("arena_alloc(%zu) = %p, not aligned to %zu", n,
			    p, (size_t)ALIGN);
	}
	/* Strings are packed, but what follows one is aligned again. */
	for (n = 0; n < 40; n++) {
		assert_non_null(arena_strndup(a, "abcdefghijklmnopqrstuvw"
		    "xyzABCDEFGHIJKLMNOP", n));
		p = arena_alloc(a, n);
		if (!aligned(p))
			fail_msg("arena_alloc(%zu) after a string of %zu = %p, "
			    "not aligned", n, n, p);
	}
	arena_free(a);
}

/*
 * Many small allocations, each filled with its own pattern; all must
 * still hold their pattern at the end.
 */
/* Strings waste no padding: a catalogue is mostly short strings. */
static void
test_strings_packed(void **state)
{
	struct arena	*a;
	char		*p, *q;

	(void)state;
	assert_non_null(a = arena_new());
	assert_non_null(p = arena_strndup(a, "x", 1));
	assert_non_null(q = arena_strndup(a, "yz", 2));
	assert_ptr_equal(q, p + 2);
	assert_string_equal(p, "x");
	assert_string_equal(q, "yz");
	assert_int_equal(arena_used(a), 5);
	arena_free(a);
}

static void
test_many_small(void **state)
{
	enum { N = 100000 };
	struct arena	*a;
	unsigned char	**v;
	size_t		 i, j, size;

	(void)state;
	assert_non_null(a = arena_new());
	assert_non_null(v = calloc(N, sizeof(*v)));
	for (i = 0; i < N; i++) {
		size = 1 + i % 37;
		v[i] = arena_alloc(a, size);
		assert_non_null(v[i]);
		assert_true(aligned(v[i]));
		for (j = 0; j < size; j++)
			v[i][j] = pattern(i, j);
	}
	for (i = 0; i < N; i++) {
		size = 1 + i % 37;
		for (j = 0; j < size; j++)
			if (v[i][j] != pattern(i, j))
				fail_msg("allocation %zu overwritten at %zu", i,
				    j);
	}
	free(v);
	arena_free(a);
}

/* Fill n small allocations and check they are disjoint from big. */
static void
small_after_big(struct arena *a, const unsigned char *big, size_t n)
{
	unsigned char	*p;
	size_t		 i;

	for (i = 0; i < n; i++) {
		p = arena_alloc(a, 24);
		assert_non_null(p);
		assert_true(aligned(p));
		if ((uintptr_t)p + 24 > (uintptr_t)big &&
		    (uintptr_t)p < (uintptr_t)big + BIG)
			fail_msg("small allocation %zu inside the big one", i);
		memset(p, 0x5a, 24);
	}
}

static void
test_bigger_than_a_chunk(void **state)
{
	struct arena	*a;
	unsigned char	*big, *first;
	size_t		 i;

	(void)state;
	assert_non_null(a = arena_new());
	/* Some small ones first, so the big one lands behind a chunk. */
	assert_non_null(first = arena_alloc(a, 100));
	memset(first, 0x11, 100);
	assert_non_null(big = arena_alloc(a, BIG));
	assert_true(aligned(big));
	memset(big, 0xa5, BIG);
	small_after_big(a, big, 5000);
	for (i = 0; i < BIG; i++)
		if (big[i] != 0xa5)
			fail_msg("big allocation overwritten at %zu", i);
	for (i = 0; i < 100; i++)
		assert_int_equal(first[i], 0x11);
	arena_free(a);

	/* A big allocation as the very first one. */
	assert_non_null(a = arena_new());
	assert_non_null(big = arena_alloc(a, BIG));
	memset(big, 0xa5, BIG);
	small_after_big(a, big, 5000);
	for (i = 0; i < BIG; i++)
		if (big[i] != 0xa5)
			fail_msg("big allocation overwritten at %zu", i);
	arena_free(a);
}

static void
test_several_big(void **state)
{
	struct arena	*a;
	unsigned char	*p[4];
	size_t		 i, j, size[4] = { BIG, 3 * 1024 * 1024, 100000,
			    5 * 1024 * 1024 + 3 };

	(void)state;
	assert_non_null(a = arena_new());
	for (i = 0; i < 4; i++) {
		assert_non_null(p[i] = arena_alloc(a, size[i]));
		assert_true(aligned(p[i]));
		memset(p[i], (int)(i + 1), size[i]);
		assert_non_null(arena_alloc(a, 8));
	}
	for (i = 0; i < 4; i++)
		for (j = 0; j < size[i]; j += 4093)
			assert_int_equal(p[i][j], i + 1);
	arena_free(a);
}

static void
test_strndup(void **state)
{
	static const char src[] = { 'a', '\0', 'b', '\0', 'c', 'X' };
	struct arena	*a;
	char		*p;

	(void)state;
	assert_non_null(a = arena_new());
	/* Embedded NULs copied, the byte after len not copied. */
	p = arena_strndup(a, src, 5);
	assert_non_null(p);
	assert_memory_equal(p, src, 5);
	assert_int_equal(p[5], '\0');
	/* Only len bytes are read, and the copy is terminated. */
	p = arena_strndup(a, "hello, world", 5);
	assert_string_equal(p, "hello");
	p = arena_strndup(a, "", 0);
	assert_non_null(p);
	assert_string_equal(p, "");
	arena_free(a);
}

static void
test_used_grows(void **state)
{
	struct arena	*a;
	size_t		 u0, u1, u2, u3;

	(void)state;
	assert_non_null(a = arena_new());
	u0 = arena_used(a);
	assert_int_equal(u0, 0);
	assert_non_null(arena_alloc(a, 1));
	u1 = arena_used(a);
	assert_true(u1 >= u0 + 1);
	assert_non_null(arena_alloc(a, 1000));
	u2 = arena_used(a);
	assert_true(u2 >= u1 + 1000);
	assert_non_null(arena_strndup(a, "abc", 3));
	assert_true(arena_used(a) >= u2 + 4);
	u3 = arena_used(a);
	assert_non_null(arena_alloc(a, BIG));
	assert_true(arena_used(a) >= u3 + BIG);
	/* Rounding for alignment costs less than one alignment unit each. */
	assert_true(arena_used(a) < u3 + BIG + ALIGN);
	arena_free(a);
}

/* Sizes no allocator can serve fail cleanly, before any malloc. */
static void
test_impossible_sizes(void **state)
{
	struct arena	*a;
	char		*p;

	(void)state;
	assert_non_null(a = arena_new());
	assert_null(arena_alloc(a, SIZE_MAX));
	assert_null(arena_alloc(a, SIZE_MAX - 1));
	assert_null(arena_alloc(a, SIZE_MAX - ALIGN));
	assert_null(arena_strndup(a, "x", SIZE_MAX));
	assert_int_equal(arena_used(a), 0);
	/* The arena still works afterwards. */
	assert_non_null(p = arena_strndup(a, "ok", 2));
	assert_string_equal(p, "ok");
	arena_free(a);
	arena_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alignment),
		cmocka_unit_test(test_strings_packed),
		cmocka_unit_test(test_many_small),
		cmocka_unit_test(test_bigger_than_a_chunk),
		cmocka_unit_test(test_several_big),
		cmocka_unit_test(test_strndup),
		cmocka_unit_test(test_used_grows),
		cmocka_unit_test(test_impossible_sizes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
