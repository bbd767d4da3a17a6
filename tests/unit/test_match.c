/*
 * test_match.c: unit tests for how `show` finds records, on a small
 * catalogue loaded from YAML in memory.  match_find() must use the first
 * tier that finds anything: the id (case ignored), then an ISBN, E-ISBN
 * or ISSN in any spelling (hyphens or not, ISBN-10 or -13, x or X),
 * then the whole title (case and accents ignored), then the start of
 * one id (with a '-': a word is a title's), then part of the title, prefixes first and then shorter titles; a query that finds
 * nothing gives MATCH_NONE.  match_suggest() must offer a misspelt
 * title, and nothing for nonsense.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "match.h"
#include "text.h"
#include "testcat.h"

#define FILE_NAME	"test.yaml"

static const char catalogue[] =
    "publications:\n"
    "  - id: caring-2009\n"				/* 0 */
    "    title: \"Caring for Trafficked Persons: Guidance for Health "
    "Providers\"\n"
    "    year: 2009\n"
    "    isbn: [978-92-9068-466-4]\n"
    "  - id: review-2015\n"				/* 1 */
    "    title: Review of Caring Practices\n"
    "    year: 2015\n"
    "    isbn: [978-9968-542-47-0]\n"
    "  - id: practice\n"				/* 2 */
    "    title: Migration Policy Practice\n"
    "    year: 2016\n"
    "    issn: 1607-338X\n"
    "  - id: etat-2010\n"					/* 3 */
    "    title: \"\xc3\x89tat des lieux de la traite\"\n"
    "    year: 2010\n"
    "    languages: [French]\n"
    "  - id: caring-children\n"				/* 4 */
    "    title: Caring for Trafficked Children\n"
    "    year: 2011\n"
    "    eisbn: [978-0-8044-2957-3]\n"
    "  - title: Trafficked Persons\n"			/* 5 */
    "    year: 2012\n"
    "    editions:\n"
    "      - {year: 2012, isbn: [978-92-9068-499-2]}\n";

static struct catalog *
load_catalogue(void)
{
	struct diags	 d;
	struct catalog	*cat;

	cat = testcat_load(catalogue, sizeof(catalogue) - 1, &d);
	if (cat == NULL) {
		diags_print(&d, stderr, "load", true);
		fail_msg("the test catalogue did not load");
	}
	assert_false(diags_failed(&d));
	diags_free(&d);
	assert_int_equal(cat->npubs, 6);
	return cat;
}

static int
setup(void **state)
{
	*state = load_catalogue();
	return 0;
}

static int
teardown(void **state)
{
	catalog_free(*state);
	return 0;
}

/*
 * Find query; the records found must be exactly want[0..n), in order,
 * found the way given.
 */
static void
assert_finds(const struct catalog *cat, const char *query,
    enum match_how how, const size_t *want, size_t n)
{
	struct match	 m;
	size_t		 i;

	assert_true(match_find(cat, query, strlen(query), &m));
	if (m.how != how)
		fail_msg("\"%s\": found by %d, want %d", query, m.how, how);
	if (m.n != n)
		fail_msg("\"%s\": %zu found, want %zu", query, m.n, n);
	for (i = 0; i < n; i++)
		if (m.v[i]->index != want[i])
			fail_msg("\"%s\": result %zu is record %zu, want %zu",
			    query, i, m.v[i]->index, want[i]);
	match_free(&m);
	assert_null(m.v);
	assert_int_equal(m.n, 0);
}

static void
assert_finds_one(const struct catalog *cat, const char *query,
    enum match_how how, size_t want)
{
	assert_finds(cat, query, how, &want, 1);
}

static void
test_id(void **state)
{
	const struct catalog	*cat = *state;

	assert_finds_one(cat, "caring-2009", MATCH_ID, 0);
	assert_finds_one(cat, "CARING-2009", MATCH_ID, 0);
	assert_finds_one(cat, "Review-2015", MATCH_ID, 1);
	/* A derived id works too. */
	assert_finds_one(cat, "trafficked-persons-2012", MATCH_ID, 5);
	/* The id beats parts of two titles. */
	assert_finds_one(cat, "practice", MATCH_ID, 2);
	/* The start of one id, with or without a table's "…". */
	assert_finds_one(cat, "caring-20", MATCH_ID_PREFIX, 0);
	assert_finds_one(cat, "CARING-C", MATCH_ID_PREFIX, 4);
	assert_finds_one(cat, "caring-20\xe2\x80\xa6", MATCH_ID_PREFIX, 0);
	/* The start of two ids, when nothing else matches. */
	assert_finds(cat, "caring-", MATCH_AMBIGUOUS,
	    (const size_t[]){ 0, 4 }, 2);
	/* A word without '-' is a title's, even if an id starts so. */
	assert_finds(cat, "trafficked", MATCH_PART_OF_TITLE,
	    (const size_t[]){ 5, 4, 0 }, 3);
	/* Not the start of any id. */
	assert_finds(cat, "caring-30", MATCH_NONE, NULL, 0);
}

static void
test_name(void **state)
{
	const struct catalog	*cat = *state;
	struct pub		*p;

	assert_int_equal(match_name(cat, "review-2015", 11, &p), MATCH_ID);
	assert_int_equal(p->index, 1);
	assert_int_equal(match_name(cat, "9789968542470", 13, &p),
	    MATCH_IDENTIFIER);
	assert_int_equal(p->index, 1);
	assert_int_equal(match_name(cat, "etat-", 5, &p), MATCH_ID_PREFIX);
	assert_int_equal(p->index, 3);
	assert_int_equal(match_name(cat, "caring-", 7, &p), MATCH_AMBIGUOUS);
	/* A title is not a name, nor a start without '-'. */
	assert_int_equal(match_name(cat, "Review of Caring Practices", 26, &p),
	    MATCH_NONE);
	assert_null(p);
	assert_int_equal(match_name(cat, "etat", 4, &p), MATCH_NONE);
}

static void
test_id_with_nul(void **state)
{
	const struct catalog	*cat = *state;
	struct match		 m;

	/* "practice" then a NUL is not the id "practice". */
	assert_true(match_find(cat, "practice\0", 9, &m));
	assert_true(m.how != MATCH_ID);
	match_free(&m);
}

static void
test_isbn(void **state)
{
	const struct catalog	*cat = *state;

	assert_finds_one(cat, "978-92-9068-466-4", MATCH_IDENTIFIER, 0);
	assert_finds_one(cat, "9789290684664", MATCH_IDENTIFIER, 0);
	assert_finds_one(cat, "978 92 9068 466 4", MATCH_IDENTIFIER, 0);
	/* The ISBN-10 form finds the ISBN-13. */
	assert_finds_one(cat, "92-9068-466-6", MATCH_IDENTIFIER, 0);
	assert_finds_one(cat, "9290684666", MATCH_IDENTIFIER, 0);
	assert_finds_one(cat, "9789968542470", MATCH_IDENTIFIER, 1);
	/* E-ISBN, with an X in its ten-digit form. */
	assert_finds_one(cat, "0-8044-2957-x", MATCH_IDENTIFIER, 4);
	assert_finds_one(cat, "9780804429573", MATCH_IDENTIFIER, 4);
	/* An edition's ISBN. */
	assert_finds_one(cat, "978-92-9068-499-2", MATCH_IDENTIFIER, 5);
	/* Another number finds nothing. */
	assert_finds(cat, "978-92-9068-466-5", MATCH_NONE, NULL, 0);
}

static void
test_issn(void **state)
{
	const struct catalog	*cat = *state;

	assert_finds_one(cat, "1607-338X", MATCH_IDENTIFIER, 2);
	assert_finds_one(cat, "1607-338x", MATCH_IDENTIFIER, 2);
	assert_finds_one(cat, "1607338x", MATCH_IDENTIFIER, 2);
	assert_finds(cat, "1607-3380", MATCH_NONE, NULL, 0);
}

static void
test_title(void **state)
{
	const struct catalog	*cat = *state;

	assert_finds_one(cat, "\xc3\x89tat des lieux de la traite",
	    MATCH_TITLE, 3);
	assert_finds_one(cat, "ETAT DES LIEUX DE LA TRAITE", MATCH_TITLE, 3);
	assert_finds_one(cat, "E\xcc\x81tat des lieux de la traite",
	    MATCH_TITLE, 3);
	/* The whole title beats titles that contain it. */
	assert_finds_one(cat, "trafficked persons", MATCH_TITLE, 5);
	assert_finds_one(cat, "MIGRATION policy practice", MATCH_TITLE, 2);
}

static void
test_part_of_title(void **state)
{
	static const size_t trafficked[] = { 5, 4, 0 };
	static const size_t caring[] = { 4, 0, 1 };
	static const size_t persons[] = { 0 };
	const struct catalog	*cat = *state;

	/*
	 * "trafficked": a prefix of 5; inside 4 (29 characters) and 0
	 * (longer): the prefix first, then the shorter title.
	 */
	assert_finds(cat, "trafficked", MATCH_PART_OF_TITLE, trafficked, 3);
	/*
	 * "caring": a prefix of 4 and 0 (the shorter first), inside 1,
	 * which is shorter than both but not a prefix.
	 */
	assert_finds(cat, "Caring", MATCH_PART_OF_TITLE, caring, 3);
	assert_finds(cat, "guidance for health", MATCH_PART_OF_TITLE, persons,
	    1);
	assert_finds_one(cat, "lieux", MATCH_PART_OF_TITLE, 3);
	assert_finds_one(cat, "DES LIEUX", MATCH_PART_OF_TITLE, 3);
	assert_finds_one(cat, "etat", MATCH_PART_OF_TITLE, 3);
}

static void
test_no_match(void **state)
{
	const struct catalog	*cat = *state;

	assert_finds(cat, "zzzz", MATCH_NONE, NULL, 0);
	assert_finds(cat, "caring for children", MATCH_NONE, NULL, 0);
	assert_finds(cat, "12345678", MATCH_NONE, NULL, 0);
	assert_finds(cat, "", MATCH_NONE, NULL, 0);
}

static void
test_suggest_misspelt(void **state)
{
	const struct catalog	*cat = *state;
	struct pub		*out[3];
	size_t			 n;
	const char		*q = "Carng for Traficked Persns";

	assert_finds(cat, q, MATCH_NONE, NULL, 0);
	n = match_suggest(cat, q, strlen(q), out, 3);
	/*
	 * Record 0 has all four words, give or take a typo; record 4 three
	 * of them; record 5 only two, too few to mention.
	 */
	assert_int_equal(n, 2);
	assert_int_equal(out[0]->index, 0);
	assert_int_equal(out[1]->index, 4);
	/* At most max. */
	n = match_suggest(cat, q, strlen(q), out, 1);
	assert_int_equal(n, 1);
	assert_int_equal(out[0]->index, 0);

	q = "Migraton Polcy Practise";
	n = match_suggest(cat, q, strlen(q), out, 3);
	assert_true(n >= 1);
	assert_int_equal(out[0]->index, 2);

	/* A mistyped id. */
	q = "reveiw-2015";
	n = match_suggest(cat, q, strlen(q), out, 3);
	assert_true(n >= 1);
	assert_int_equal(out[0]->index, 1);
}

static void
test_suggest_nonsense(void **state)
{
	const struct catalog	*cat = *state;
	struct pub		*out[3];

	assert_int_equal(match_suggest(cat, "qwxz plorb", 10, out, 3), 0);
	assert_int_equal(match_suggest(cat, "zzzzzzzzzzzzzzzzzz", 18, out, 3),
	    0);
	assert_int_equal(match_suggest(cat, "!!!", 3, out, 3), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_id),
		cmocka_unit_test(test_name),
		cmocka_unit_test(test_id_with_nul),
		cmocka_unit_test(test_isbn),
		cmocka_unit_test(test_issn),
		cmocka_unit_test(test_title),
		cmocka_unit_test(test_part_of_title),
		cmocka_unit_test(test_no_match),
		cmocka_unit_test(test_suggest_misspelt),
		cmocka_unit_test(test_suggest_nonsense),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
