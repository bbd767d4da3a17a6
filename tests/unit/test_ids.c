/*
 * test_ids.c: unit tests for publication ids.  ids_slug() must make the
 * documented slugs (lower case, accents dropped, words of the main title
 * joined by '-', at most IDS_SLUG_WORDS of them, within the buffer) and
 * return 0 for a title without letters or digits.  ids_assign(), run by
 * catalog_load() on small YAML catalogues held in memory, must derive
 * "slug-year" for records without an id, add "-2", "-3", ... on
 * collisions (also with explicit ids written later in the file), keep
 * written ids exactly, and report a duplicate written id as an error at
 * the second one's line.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "ids.h"
#include "load.h"
#include "text.h"
#include "testcat.h"

#define FILE_NAME	"test.yaml"

/* Slug of title; checks termination and the returned length. */
static void
assert_slug(const char *title, const char *want)
{
	char	 buf[IDS_SLUG_MAX];
	size_t	 n;

	memset(buf, '#', sizeof(buf));
	n = ids_slug(title, strlen(title), buf, sizeof(buf));
	if (n != strlen(want) || strcmp(buf, want) != 0)
		fail_msg("ids_slug(\"%s\") = \"%s\" (%zu), want \"%s\"", title,
		    buf, n, want);
}

static void
test_slug_examples(void **state)
{
	(void)state;
	assert_slug("Caring for Trafficked Persons: Guidance for Health "
	    "Providers", "caring-for-trafficked-persons");
	assert_slug("\xc3\x89tat des lieux", "etat-des-lieux");
	assert_slug("EXPLOTACI\xc3\x93N LABORAL", "explotacion-laboral");
	assert_slug("Handbook - Second Part", "handbook");
	/* A subtitle may follow the first character; not precede it. */
	assert_slug("A: Guide", "a");
	assert_slug("X - Annex", "x");
	assert_slug(": Leading Colon", "leading-colon");
	assert_slug("Ends in -", "ends-in");
	assert_slug("2015 Annual Report", "2015-annual-report");
	/* Punctuation and runs of spaces make one separator. */
	assert_slug("  Trafficking,  (Smuggling) & Migration!  ",
	    "trafficking-smuggling-migration");
	assert_slug("Stra\xc3\x9f" "e", "strasse");
}

static void
test_slug_word_limit(void **state)
{
	(void)state;
	assert_slug("One Two Three Four Five Six Seven Eight",
	    "one-two-three-four-five-six");
	assert_slug("One Two Three Four Five Six",
	    "one-two-three-four-five-six");
	assert_slug("One Two Three Four Five", "one-two-three-four-five");
}

static void
test_slug_no_letters(void **state)
{
	char	 buf[IDS_SLUG_MAX];

	(void)state;
	assert_int_equal(ids_slug("!!! ???", 7, buf, sizeof(buf)), 0);
	assert_int_equal(ids_slug("", 0, buf, sizeof(buf)), 0);
	assert_int_equal(ids_slug(" - ", 3, buf, sizeof(buf)), 0);
	assert_int_equal(ids_slug("\xe2\x80\x94", 3, buf, sizeof(buf)), 0);
}

static void
test_slug_buffer_bound(void **state)
{
	char	 buf[16];
	size_t	 n, size;

	(void)state;
	for (size = 1; size <= sizeof(buf); size++) {
		memset(buf, '#', sizeof(buf));
		n = ids_slug("Abcdefgh Ijklmnop Qrstuvwx", 26, buf, size);
		assert_true(n < size);
		assert_int_equal(strlen(buf), n);
		if (size < sizeof(buf))
			assert_int_equal(buf[size], '#');
		/* Never ends with a separator. */
		assert_true(n == 0 || buf[n - 1] != '-');
	}
	/* No character cut in half. */
	n = ids_slug("\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad", 9, buf, 6);
	assert_int_equal(n, 3);
	assert_string_equal(buf, "\xe4\xb8\xad");
}

/* yaml's catalogue or NULL, the messages in d. */
static struct catalog *
load(const char *yaml, struct diags *d)
{
	return testcat_load(yaml, strlen(yaml), d);
}

static struct catalog *
load_ok(const char *yaml)
{
	struct diags	 d;
	struct catalog	*cat;

	cat = testcat_load(yaml, strlen(yaml), &d);
	if (cat == NULL) {
		diags_print(&d, stderr, "load", true);
		fail_msg("the catalogue did not load");
	}
	assert_false(diags_failed(&d));
	diags_free(&d);
	return cat;
}

static void
assert_id(const struct catalog *cat, size_t i, const char *want,
    bool derived)
{
	assert_true(i < cat->npubs);
	if (!str_eq(cat->pubs[i]->id, want))
		fail_msg("record %zu has id \"%.*s\", want \"%s\"", i,
		    (int)cat->pubs[i]->id.len, cat->pubs[i]->id.ptr, want);
	assert_int_equal(cat->pubs[i]->id_derived, derived);
}

static void
test_derived(void **state)
{
	struct catalog	*cat;

	(void)state;
	cat = load_ok(
	    "publications:\n"
	    "  - title: \"Caring for Trafficked Persons: Guidance for "
	    "Health Providers\"\n"
	    "    year: 2009\n"
	    "  - title: X\n"
	    "    year: 2015\n"
	    "  - id: kept-AS-Written\n"
	    "    title: Whatever\n"
	    "    year: 2001\n"
	    "  - title: \"!!!\"\n"
	    "    year: 2015\n");
	assert_int_equal(cat->npubs, 4);
	assert_id(cat, 0, "caring-for-trafficked-persons-2009", true);
	assert_id(cat, 1, "x-2015", true);
	assert_id(cat, 2, "kept-AS-Written", false);
	assert_id(cat, 3, "publication-2015", true);
	catalog_free(cat);
}

static void
test_derived_collisions(void **state)
{
	struct catalog	*cat;

	(void)state;
	cat = load_ok(
	    "publications:\n"
	    "  - {title: X, year: 2015}\n"
	    "  - {title: x, year: 2015}\n"
	    "  - {title: \"X: a sequel\", year: 2015}\n"
	    "  - {title: X, year: 2016}\n");
	assert_id(cat, 0, "x-2015", true);
	assert_id(cat, 1, "x-2015-2", true);
	assert_id(cat, 2, "x-2015-3", true);
	assert_id(cat, 3, "x-2016", true);
	catalog_free(cat);
}

static void
test_derived_avoids_later_explicit(void **state)
{
	struct catalog	*cat;

	(void)state;
	cat = load_ok(
	    "publications:\n"
	    "  - {title: X, year: 2015}\n"
	    "  - {title: X, year: 2015}\n"
	    "  - {id: x-2015, title: Other, year: 2010}\n"
	    "  - {id: x-2015-3, title: Another, year: 2011}\n");
	/* x-2015 and x-2015-3 are written later; derived ids go round. */
	assert_id(cat, 0, "x-2015-2", true);
	assert_id(cat, 1, "x-2015-4", true);
	assert_id(cat, 2, "x-2015", false);
	assert_id(cat, 3, "x-2015-3", false);
	catalog_free(cat);
}

/*
 * Each base resumes where it stopped; a base that looks like another's
 * suffixed id ("x-2015" year 2002 is "x-2015-2002") still gets the
 * first free one, and written ids are skipped wherever they fall.
 */
static void
test_derived_interleaved_bases(void **state)
{
	struct catalog	*cat;

	(void)state;
	cat = load_ok(
	    "publications:\n"
	    "  - {title: X, year: 2015}\n"
	    "  - {title: X, year: 2015}\n"
	    "  - {id: x-2015-3, title: Y, year: 2000}\n"
	    "  - {title: X 2015, year: 2002}\n"
	    "  - {id: x-2015-2002, title: Z, year: 2000}\n"
	    "  - {title: X, year: 2015}\n"
	    "  - {title: X 2015, year: 2002}\n"
	    "  - {title: X, year: 2015}\n");
	assert_id(cat, 0, "x-2015", true);
	assert_id(cat, 1, "x-2015-2", true);
	assert_id(cat, 3, "x-2015-2002-2", true);
	assert_id(cat, 5, "x-2015-4", true);
	assert_id(cat, 6, "x-2015-2002-3", true);
	assert_id(cat, 7, "x-2015-5", true);
	catalog_free(cat);
}

static void
test_duplicate_explicit(void **state)
{
	struct catalog	*cat;
	struct diags	 d;
	size_t		 i, found = 0;

	(void)state;
	cat = load(
	    "publications:\n"			/* 1 */
	    "  - id: same\n"			/* 2 */
	    "    title: A\n"			/* 3 */
	    "    year: 2015\n"			/* 4 */
	    "  - id: other\n"			/* 5 */
	    "    title: B\n"			/* 6 */
	    "    year: 2016\n"			/* 7 */
	    "  - title: C\n"			/* 8 */
	    "    year: 2017\n"			/* 9 */
	    "    id: same\n",			/* 10 */
	    &d);
	assert_null(cat);
	assert_true(diags_failed(&d));
	for (i = 0; i < d.n; i++) {
		if (d.v[i].level != DIAG_ERROR ||
		    strstr(d.v[i].msg, "duplicate id") == NULL)
			continue;
		found++;
		assert_int_equal(d.v[i].at.line, 10);
		assert_int_equal(d.v[i].at.col, 5);
		assert_non_null(strstr(d.v[i].msg, "'same'"));
		assert_non_null(strstr(d.v[i].msg, "line 2"));
	}
	assert_int_equal(found, 1);
	diags_free(&d);
}

static void
test_duplicate_explicit_three(void **state)
{
	struct catalog	*cat;
	struct diags	 d;
	size_t		 i, found = 0;

	(void)state;
	cat = load(
	    "publications:\n"
	    "  - {id: a, title: A, year: 2015}\n"
	    "  - {id: a, title: B, year: 2015}\n"
	    "  - {id: a, title: C, year: 2015}\n", &d);
	assert_null(cat);
	for (i = 0; i < d.n; i++) {
		if (strstr(d.v[i].msg, "duplicate id 'a'") == NULL)
			continue;
		found++;
		/* Each repeat, in order, pointing back at the first. */
		assert_int_equal(d.v[i].at.line, 2 + found);
		assert_non_null(strstr(d.v[i].msg, "line 2"));
	}
	assert_int_equal(found, 2);
	diags_free(&d);
}

static void
test_assign_direct(void **state)
{
	struct catalog	*cat;
	struct diags	 d;

	(void)state;
	/* A derived id that a later record writes is not a duplicate. */
	cat = load_ok(
	    "publications:\n"
	    "  - {title: Y, year: 2015}\n"
	    "  - {id: y-2015-2, title: Z, year: 2015}\n"
	    "  - {title: Y, year: 2015}\n");
	assert_id(cat, 0, "y-2015", true);
	assert_id(cat, 1, "y-2015-2", false);
	assert_id(cat, 2, "y-2015-3", true);
	/* Running it again on a finished catalogue finds nothing wrong. */
	diags_init(&d, FILE_NAME);
	assert_true(ids_assign(cat, &d));
	assert_int_equal(d.n, 0);
	assert_id(cat, 2, "y-2015-3", true);
	diags_free(&d);
	catalog_free(cat);
}

/*
 * The shortest start of each id that no other id shares: case ignored,
 * a whole id when it starts another, never half a UTF-8 character.
 */
static void
test_unique_prefixes(void **state)
{
	static const size_t want[] = { 7, 7, 6, 7, 2, 4, 4, 1 };
	struct catalog	*cat;
	size_t		 uniq[8], i;

	(void)state;
	cat = load_ok(
	    "publications:\n"
	    "  - {id: \"\xc3\xbc" "ber-a\", title: A, year: 2001}\n"
	    "  - {id: \"\xc3\xbc" "ber-b\", title: B, year: 2002}\n"
	    "  - {id: Report, title: C, year: 2003}\n"
	    "  - {id: report-2, title: D, year: 2004}\n"
	    "  - {id: rz, title: E, year: 2005}\n"
	    /* U+4E2D and U+4E50: their second bytes differ. */
	    "  - {id: \"a\xe4\xb8\xad" "x\", title: F, year: 2006}\n"
	    "  - {id: \"a\xe4\xb9\x90" "x\", title: G, year: 2007}\n"
	    "  - {id: lone, title: H, year: 2008}\n");
	assert_int_equal(cat->npubs, 8);
	assert_true(ids_unique_prefixes(cat, uniq));
	for (i = 0; i < 8; i++)
		if (uniq[i] != want[i])
			fail_msg("id \"%.*s\": unique prefix %zu, want %zu",
			    (int)cat->pubs[i]->id.len, cat->pubs[i]->id.ptr,
			    uniq[i], want[i]);
	/* One record: its first byte is enough. */
	catalog_free(cat);
	cat = load_ok("publications:\n  - {id: only, title: A, year: 2001}\n");
	assert_true(ids_unique_prefixes(cat, uniq));
	assert_int_equal(uniq[0], 1);
	catalog_free(cat);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slug_examples),
		cmocka_unit_test(test_slug_word_limit),
		cmocka_unit_test(test_slug_no_letters),
		cmocka_unit_test(test_slug_buffer_bound),
		cmocka_unit_test(test_derived),
		cmocka_unit_test(test_derived_collisions),
		cmocka_unit_test(test_derived_avoids_later_explicit),
		cmocka_unit_test(test_derived_interleaved_bases),
		cmocka_unit_test(test_duplicate_explicit),
		cmocka_unit_test(test_duplicate_explicit_three),
		cmocka_unit_test(test_assign_direct),
		cmocka_unit_test(test_unique_prefixes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
