/*
 * test_suggest.c: unit tests for the "did you mean" helpers.
 * suggest_distance() must count one edit for an insertion, a deletion,
 * a substitution or a transposition of neighbours, ignore ASCII case,
 * and stop at its limit with limit + 1; suggest() must pick the nearest
 * plausible candidate, skip NULL entries, and give NULL for words that
 * are nothing like any candidate.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "suggest.h"

static size_t
dist(const char *a, const char *b, size_t limit)
{
	return suggest_distance(a, strlen(a), b, strlen(b), limit);
}

static const char *
sugg(const char *word, const char *const *cands, size_t n)
{
	return suggest(word, strlen(word), cands, n);
}

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const keys[] = {
	"id", "title", "year", "pages", "languages", "isbn", "eisbn", "issn",
	"price", "availability", "editions", "abstract", "notes"
};

static void
test_distance_single_edits(void **state)
{
	(void)state;
	assert_int_equal(dist("year", "year", 5), 0);
	assert_int_equal(dist("", "", 5), 0);
	/* Insertion, deletion, substitution, transposition. */
	assert_int_equal(dist("yer", "year", 5), 1);
	assert_int_equal(dist("yeaar", "year", 5), 1);
	assert_int_equal(dist("yeer", "year", 5), 1);
	assert_int_equal(dist("yaer", "year", 5), 1);
	assert_int_equal(dist("lnaguages", "languages", 5), 1);
	/* At the ends too. */
	assert_int_equal(dist("ear", "year", 5), 1);
	assert_int_equal(dist("years", "year", 5), 1);
	assert_int_equal(dist("eyar", "year", 5), 1);
	/* From or to nothing: one edit per character. */
	assert_int_equal(dist("", "abc", 5), 3);
	assert_int_equal(dist("abc", "", 5), 3);
	/* Symmetric. */
	assert_int_equal(dist("title", "tilte", 5), dist("tilte", "title", 5));
}

static void
test_distance_several_edits(void **state)
{
	(void)state;
	assert_int_equal(dist("kitten", "sitting", 5), 3);
	assert_int_equal(dist("abcd", "badc", 5), 2);
	/* Transpositions are of neighbours only. */
	assert_int_equal(dist("abc", "cba", 5), 2);
	assert_int_equal(dist("pages", "price", 5), 4);
}

static void
test_distance_ignores_ascii_case(void **state)
{
	(void)state;
	assert_int_equal(dist("YEAR", "year", 5), 0);
	assert_int_equal(dist("Title", "tITLE", 5), 0);
	assert_int_equal(dist("YAER", "year", 5), 1);
	/* Only letters fold: '@' (0x40) is not '`' (0x60). */
	assert_int_equal(dist("@", "`", 5), 1);
	assert_int_equal(dist("[", "{", 5), 1);
}

static void
test_distance_limit(void **state)
{
	(void)state;
	/* Within the limit, the true distance. */
	assert_int_equal(dist("kitten", "sitting", 3), 3);
	/* Past it, limit + 1 and no more. */
	assert_int_equal(dist("kitten", "sitting", 2), 3);
	assert_int_equal(dist("kitten", "sitting", 1), 2);
	assert_int_equal(dist("kitten", "sitting", 0), 1);
	assert_int_equal(dist("abc", "xyz", 1), 2);
	assert_int_equal(dist("year", "yeer", 0), 1);
	assert_int_equal(dist("year", "year", 0), 0);
	/* A length difference alone can exceed the limit. */
	assert_int_equal(dist("a", "abcdefgh", 2), 3);
	assert_int_equal(dist("abcdefghijklmnop", "", 4), 5);
}

static void
test_suggest_nearest(void **state)
{
	(void)state;
	assert_string_equal(sugg("yeer", keys, NELEM(keys)), "year");
	assert_string_equal(sugg("lnaguages", keys, NELEM(keys)),
	    "languages");
	assert_string_equal(sugg("titel", keys, NELEM(keys)), "title");
	assert_string_equal(sugg("TITLE", keys, NELEM(keys)), "title");
	assert_string_equal(sugg("abstarct", keys, NELEM(keys)), "abstract");
	assert_string_equal(sugg("availabilty", keys, NELEM(keys)),
	    "availability");
	/* The exact word beats one that is one edit away. */
	assert_string_equal(sugg("isbn", keys, NELEM(keys)), "isbn");
	assert_string_equal(sugg("eisbn", keys, NELEM(keys)), "eisbn");
}

static void
test_suggest_prefers_closer(void **state)
{
	static const char *const cands[] = { "pages", "pager", "page" };
	static const char *const rev[] = { "abcxy", "abcdx" };

	(void)state;
	assert_string_equal(sugg("pagex", cands, NELEM(cands)), "pages");
	assert_string_equal(sugg("pag", cands, NELEM(cands)), "page");
	/* Distance 2 then 1: the later, closer one wins. */
	assert_string_equal(sugg("abcde", rev, NELEM(rev)), "abcdx");
}

static void
test_suggest_unrelated_is_null(void **state)
{
	static const char *const cmds[] = { "list", "show", "help" };

	(void)state;
	assert_null(sugg("xyzzy", keys, NELEM(keys)));
	assert_null(sugg("publisher", keys, NELEM(keys)));
	assert_null(sugg("qqqqqqqqqqqq", keys, NELEM(keys)));
	assert_null(sugg("zz", cmds, NELEM(cmds)));
	assert_null(sugg("year", NULL, 0));
}

static void
test_suggest_skips_null(void **state)
{
	static const char *const cands[] = { NULL, "year", NULL, "title",
	    NULL };
	static const char *const none[] = { NULL, NULL };

	(void)state;
	assert_string_equal(sugg("yeer", cands, NELEM(cands)), "year");
	assert_string_equal(sugg("titl", cands, NELEM(cands)), "title");
	assert_null(sugg("year", none, NELEM(none)));
}

/* Too far for a typo, but the start of one candidate only. */
static void
test_suggest_unique_start(void **state)
{
	static const char *const by[] = { "year", "decade", "language",
	    "availability" };
	static const char *const two[] = { "available", "availability" };

	(void)state;
	assert_string_equal(sugg("lang", by, NELEM(by)), "language");
	assert_string_equal(sugg("AVAIL", by, NELEM(by)), "availability");
	/* Two candidates start so: no guess; too short: no guess. */
	assert_null(sugg("avai", two, NELEM(two)));
	assert_null(sugg("la", by, NELEM(by)));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distance_single_edits),
		cmocka_unit_test(test_distance_several_edits),
		cmocka_unit_test(test_distance_ignores_ascii_case),
		cmocka_unit_test(test_distance_limit),
		cmocka_unit_test(test_suggest_nearest),
		cmocka_unit_test(test_suggest_prefers_closer),
		cmocka_unit_test(test_suggest_unrelated_is_null),
		cmocka_unit_test(test_suggest_skips_null),
		cmocka_unit_test(test_suggest_unique_start),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
