/*
 * test_validate.c: unit tests for the checks of `iompubs check`.
 *
 * Small catalogues, loaded from YAML strings as the loader sees files,
 * each with planted faults; every test asserts the exact diagnostics,
 * level, line, column and message, in order, so that a changed message
 * or a lost position shows.  A clean catalogue must give none, each kind
 * of check must be selectable alone, and validate_identifiers_ok() must
 * agree with the identifier errors.  One test checks a generated
 * catalogue of many records, to keep the duplicate checks honest about
 * hash collisions and table sizes.
 *
 * Check digits (see test_isbn.c for the sums): 978-92-9068-466-4 and
 * its ISBN-10 92-9068-466-6; 0-8044-2957-X; E-ISBN 978-92-9068-755-9;
 * ISSNs 1813-2278 and 1607-338X.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "catalog.h"
#include "diag.h"
#include "validate.h"
#include "testcat.h"

#define FILE_NAME	"t.yaml"
#define EDITION		"catalog:\n  edition: \"May 2020\"\npublications:\n"

struct want {
	enum diag_level	 level;
	unsigned	 line;
	unsigned	 col;
	const char	*msg;
};

#define E(l, c, m)	{ DIAG_ERROR, l, c, m }
#define W(l, c, m)	{ DIAG_WARNING, l, c, m }
#define END		{ DIAG_ERROR, 0, 0, NULL }

/* validate_identifiers_ok() over a catalogue, as cli.c sees it. */
static bool
all_identifiers_ok(const struct catalog *cat)
{
	size_t	 i;

	for (i = 0; i < cat->npubs; i++)
		if (!validate_identifiers_ok(cat->pubs[i]))
			return false;
	return true;
}

static void
show(const struct diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		fprintf(stderr, "  got %s %u:%u: %s\n",
		    d->v[i].level == DIAG_ERROR ? "E" : "W",
		    (unsigned)d->v[i].at.line, (unsigned)d->v[i].at.col,
		    d->v[i].msg);
}

/* Validate yaml for what; the diagnostics must be exactly want[]. */
static void
expect(const char *yaml, unsigned what, const struct want *want)
{
	struct catalog	*cat = testcat(yaml);
	struct diags	 d;
	size_t		 i, n, nerrors = 0;

	for (n = 0; want[n].msg != NULL; n++)
		nerrors += want[n].level == DIAG_ERROR;
	diags_init(&d, FILE_NAME);
	assert_true(validate_catalog(cat, &d, what));
	for (i = 0; i < n && i < d.n; i++)
		if (d.v[i].level != want[i].level ||
		    d.v[i].at.line != want[i].line ||
		    d.v[i].at.col != want[i].col ||
		    strcmp(d.v[i].msg, want[i].msg) != 0) {
			show(&d);
			fail_msg("diagnostic %zu: want %s %u:%u: %s", i,
			    want[i].level == DIAG_ERROR ? "E" : "W",
			    want[i].line, want[i].col, want[i].msg);
		}
	if (d.n != n) {
		show(&d);
		fail_msg("%zu diagnostics, want %zu", d.n, n);
	}
	assert_int_equal(d.nerrors, nerrors);
	diags_free(&d);
	catalog_free(cat);
}

static const char clean[] =
    EDITION
    "  - id: a\n"
    "    title: \"Caring for Trafficked Persons\"\n"
    "    year: 2009\n"
    "    pages: 231\n"
    "    languages: [English, es, fran\xc3\xa7" "ais, Espa\xc3\xb1ol]\n"
    "    isbn: [\"978-92-9068-466-4\", \"0-8044-2957-X\"]\n"
    "    eisbn: [\"978-92-9068-755-9\"]\n"
    "    issn: \"1607-338X\"\n"
    "    editions:\n"
    "      - {year: 2009, pages: 231, languages: [English],\n"
    "         isbn: [\"978-92-9068-466-4\"]}\n"
    "      - {year: 2012, languages: [Spanish],\n"
    "         isbn: [\"9789290684664\"]}\n"
    "  - id: b\n"
    "    title: \"Caring for Trafficked Persons: Facilitator's Guide\"\n"
    "    year: 1900\n"
    "    pages: 5000\n"
    "    issn: \"1813 2278\"\n"
    "  - {id: c, title: \"Other\", year: 2020}\n";

static void
test_clean(void **state)
{
	static const struct want none[] = { END };

	(void)state;
	expect(clean, VALIDATE_ALL, none);
}

static void
test_clean_quick(void **state)
{
	struct catalog	*cat = testcat(clean);

	(void)state;
	assert_true(all_identifiers_ok(cat));
	catalog_free(cat);
}

static const char bad_ids[] =
    EDITION
    "  - id: a\n"
    "    title: A\n"
    "    year: 2015\n"
    "    isbn: [\"978-92-9068-466-5\", \"92-9068-466-9\", \"0-8044-2957-5\"]\n"
    "    eisbn: [\"978-92-9068-755-0\", \"e-book\"]\n"
    "    issn: \"1813-2279\"\n"
    "  - id: b\n"
    "    title: B\n"
    "    year: 2015\n"
    "    isbn:\n"
    "      - \"978-92-9O68-466-4\"\n"
    "      - \"978-92-9068-466\"\n"
    "      - \"978-92-9068-46X-4\"\n"
    "      - \"123-45-6789-012-8\"\n"
    "      - \"92-906X-466-6\"\n"
    "      - \"---\"\n"
    "    issn: \"1607-3381\"\n"
    "    editions:\n"
    "      - {year: 2015, isbn: [\"978-92-9068-466-0\"]}\n"
    "  - {id: c, title: C, year: 2015, issn: \"ISSN 1813-2278\"}\n"
    "  - {id: d, title: D, year: 2015, issn: \"1813-227\"}\n"
    "  - {id: e, title: E, year: 2015, issn: \"18X3-2278\"}\n"
    "  - {id: f, title: F, year: 2015, isbn: [\"978\\t92\"]}\n";

static void
test_identifiers(void **state)
{
	static const struct want want[] = {
		E(7, 12, "ISBN 978-92-9068-466-5 has a wrong check digit "
		    "(expected 4)"),
		E(7, 33, "ISBN 92-9068-466-9 has a wrong check digit "
		    "(expected 6)"),
		E(7, 50, "ISBN 0-8044-2957-5 has a wrong check digit "
		    "(expected X)"),
		E(8, 13, "E-ISBN 978-92-9068-755-0 has a wrong check digit "
		    "(expected 9)"),
		E(8, 34, "\"e-book\" is not an E-ISBN: 'e' is not a digit"),
		E(9, 5, "ISSN 1813-2279 has a wrong check digit (expected 8)"),
		E(14, 9, "\"978-92-9O68-466-4\" is not an ISBN: 'O' is not a "
		    "digit"),
		E(15, 9, "\"978-92-9068-466\" is not an ISBN: it has 12 "
		    "digits, not 10 or 13"),
		E(16, 9, "\"978-92-9068-46X-4\" is not an ISBN: only the "
		    "check digit of an ISBN-10 may be X"),
		E(17, 9, "\"123-45-6789-012-8\" is not an ISBN: an ISBN-13 "
		    "starts with 978 or 979"),
		E(18, 9, "\"92-906X-466-6\" is not an ISBN: only the check "
		    "digit of an ISBN-10 may be X"),
		E(19, 9, "\"---\" is not an ISBN: it has 0 digits, not 10 "
		    "or 13"),
		E(22, 29, "ISBN 978-92-9068-466-0 has a wrong check digit "
		    "(expected 4)"),
		E(20, 5, "ISSN 1607-3381 has a wrong check digit "
		    "(expected X)"),
		E(23, 35, "\"ISSN 1813-2278\" is not an ISSN: 'I' is not a "
		    "digit"),
		E(24, 35, "\"1813-227\" is not an ISSN: it has 7 digits, not 8"),
		E(25, 35, "\"18X3-2278\" is not an ISSN: only the check digit "
		    "of an ISSN may be X"),
		E(26, 42, "\"978\\t92\" is not an ISBN: '\\t' is not a digit"),
		END
	};
	struct catalog	*cat;

	(void)state;
	expect(bad_ids, VALIDATE_IDENTIFIERS, want);
	cat = testcat(bad_ids);
	assert_false(all_identifiers_ok(cat));
	catalog_free(cat);
}

/* Each kind of identifier alone makes the quick check fail. */
static void
test_quick_each_kind(void **state)
{
	static const char *const yaml[] = {
	    "- {title: A, year: 2015, isbn: [\"978-92-9068-466-5\"]}\n",
	    "- {title: A, year: 2015, eisbn: [\"978-92-9068-755-0\"]}\n",
	    "- {title: A, year: 2015, issn: \"1813-2279\"}\n",
	    "- {title: A, year: 2015, editions: [{year: 2015, "
	    "isbn: [\"92-9068-466-9\"]}]}\n",
	    "- {title: A, year: 2015}\n"
	    "- {title: B, year: 2015, isbn: [\"not an isbn\"]}\n",
	};
	struct catalog	*cat;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(yaml) / sizeof(yaml[0]); i++) {
		cat = testcat(yaml[i]);
		if (all_identifiers_ok(cat))
			fail_msg("validate_identifiers_ok() passes %s",
			    yaml[i]);
		catalog_free(cat);
	}
}

static const char dup_isbns[] =
    EDITION
    "  - id: a\n"
    "    title: A\n"
    "    year: 2009\n"
    "    isbn: [\"978-92-9068-466-4\"]\n"
    "    editions:\n"
    "      - {year: 2009, isbn: [\"978-92-9068-466-4\"]}\n"
    "  - id: b\n"
    "    title: B\n"
    "    year: 2009\n"
    "    isbn: [\"92-9068-466-6\"]\n"
    "    editions:\n"
    "      - {year: 2009, isbn: [\"9789290684664\"]}\n"
    "  - id: c\n"
    "    title: C\n"
    "    year: 2009\n"
    "    eisbn: [\"978-92-9068-466-4\", \"978-92-9068-755-9\"]\n"
    "  - id: d\n"
    "    title: D\n"
    "    year: 2009\n"
    "    isbn: [\"978-92-9068-755-9\", \"978-92-9068-466-5\"]\n"
    "  - id: e\n"
    "    title: E\n"
    "    year: 2009\n"
    "    isbn: [\"978-92-9068-466-5\"]\n";

static void
test_duplicate_isbns(void **state)
{
	/*
	 * An edition repeating its record's ISBN is fine; b is told once
	 * although it has a's ISBN twice; a wrong ISBN (d, e) is left to
	 * the identifier check.
	 */
	static const struct want want[] = {
		E(13, 12, "duplicate ISBN 92-9068-466-6 (first used as "
		    "978-92-9068-466-4 at line 7, in 'a')"),
		E(19, 13, "duplicate E-ISBN 978-92-9068-466-4 (first used "
		    "at line 7, in 'a')"),
		E(23, 12, "duplicate ISBN 978-92-9068-755-9 (first used at "
		    "line 19, in 'c')"),
		END
	};

	(void)state;
	expect(dup_isbns, VALIDATE_DUPLICATE_ISBNS, want);
}

static const char dup_titles[] =
    EDITION
    "  - {id: a, title: \"\xc3\x89tat des lieux\", year: 2015}\n"
    "  - {id: b, title: \"Etat des lieux 2\", year: 2015}\n"
    "  - id: c\n"
    "    year: 2015\n"
    "    title: \"ETAT DES LIEUX\"\n"
    "  - {id: d, title: \"\xc3\xa9tat des lieux\", year: 2016}\n"
    "  - {id: e, title: \"Etat  des lieux\", year: 2015}\n";

static void
test_duplicate_titles(void **state)
{
	/* Case and accents are ignored; spacing is not. */
	static const struct want want[] = {
		W(8, 5, "the same title as the record at line 4 ('a')"),
		W(9, 13, "the same title as the record at line 4 ('a')"),
		END
	};

	(void)state;
	expect(dup_titles, VALIDATE_DUPLICATE_TITLES, want);
}

static const char odd_ranges[] =
    EDITION
    "  - id: a\n"
    "    title: A\n"
    "    year: 1899\n"
    "    pages: 5001\n"
    "  - id: b\n"
    "    title: B\n"
    "    year: 2021\n"
    "    editions:\n"
    "      - {year: 1850, pages: 12000}\n"
    "      - {year: 2020, pages: 5000}\n"
    "  - {id: c, title: C, year: 1900, pages: 5000}\n";

static void
test_ranges(void **state)
{
	static const struct want want[] = {
		W(6, 5, "implausible year 1899 (before 1900)"),
		W(7, 5, "implausible page count 5001 (more than 5000)"),
		W(10, 5, "implausible year 2021 (after the catalogue's "
		    "edition, May 2020)"),
		W(12, 10, "implausible year 1850 (before 1900)"),
		W(12, 22, "implausible page count 12000 (more than 5000)"),
		END
	};

	(void)state;
	expect(odd_ranges, VALIDATE_RANGES, want);
}

/* Without an edition, next year is the limit. */
static void
test_ranges_no_edition(void **state)
{
	struct catalog	*cat;
	struct diags	 d;
	struct tm	 tm;
	time_t		 now = time(NULL);
	char		 yaml[128], msg[128];
	long		 next;
	bool		 from_edition = true;

	(void)state;
	assert_non_null(localtime_r(&now, &tm));
	next = tm.tm_year + 1900L + 1;
	snprintf(yaml, sizeof(yaml), "- {title: A, year: %ld}\n"
	    "- {title: B, year: %ld}\n", next, next + 1);
	cat = testcat(yaml);
	assert_int_equal(validate_year_max(cat, &from_edition), next);
	assert_false(from_edition);
	diags_init(&d, FILE_NAME);
	assert_true(validate_catalog(cat, &d, VALIDATE_RANGES));
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].level, DIAG_WARNING);
	assert_int_equal(d.v[0].at.line, 2);
	assert_int_equal(d.v[0].at.col, 14);
	snprintf(msg, sizeof(msg), "implausible year %ld (after next year, "
	    "%ld)", next + 1, next);
	assert_string_equal(d.v[0].msg, msg);
	diags_free(&d);
	catalog_free(cat);
}

static void
test_year_max_from_edition(void **state)
{
	static const struct {
		const char	*edition;
		long		 year;
	} cases[] = {
		{ "January 2019", 2019 },
		{ "2nd edition, 2017-2018", 2018 },
		{ "2019, reprinted 2021", 2021 },
		{ "No. 12345 of 0999", 0 },	/* no year: next year */
	};
	struct catalog	*cat;
	char		 yaml[160];
	size_t		 i;
	bool		 from;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(yaml, sizeof(yaml), "catalog: {edition: \"%s\"}\n"
		    "publications: [{title: A, year: 2000}]\n",
		    cases[i].edition);
		cat = testcat(yaml);
		if (cases[i].year != 0) {
			assert_int_equal(validate_year_max(cat, &from),
			    cases[i].year);
			assert_true(from);
		} else {
			validate_year_max(cat, &from);
			assert_false(from);
		}
		catalog_free(cat);
	}
}

static const char odd_languages[] =
    EDITION
    "  - id: a\n"
    "    title: A\n"
    "    year: 2015\n"
    "    languages: [English, Bosnia and Herzegovina, Englsh, es]\n"
    "    editions:\n"
    "      - {year: 2015, languages: [Klingon]}\n"
    "  - {id: b, title: B, year: 2015, languages: [Klingon, "
    "\"Sp\\u00e4nisch\\u0007\"]}\n";

static void
test_languages(void **state)
{
	/* Every use is reported, though each spelling is looked up once. */
	static const struct want want[] = {
		W(7, 26, "language \"Bosnia and Herzegovina\" is not in the "
		    "ISO 639-1 table"),
		W(7, 50, "language \"Englsh\" is not in the ISO 639-1 table; "
		    "did you mean 'English'?"),
		W(9, 34, "language \"Klingon\" is not in the ISO 639-1 table; "
		    "did you mean 'Kongo'?"),
		W(10, 47, "language \"Klingon\" is not in the ISO 639-1 "
		    "table; did you mean 'Kongo'?"),
		W(10, 56, "language \"Sp\xc3\xa4nisch\\x07\" is not in the ISO "
		    "639-1 table"),
		END
	};

	(void)state;
	expect(odd_languages, VALIDATE_LANGUAGES, want);
}

/* All checks at once: record by record, each record's checks in turn. */
static void
test_all_in_record_order(void **state)
{
	static const char yaml[] =
	    EDITION
	    "  - {id: a, title: T, year: 1800, isbn: [\"978-92-9068-466-4\"]}\n"
	    "  - {id: b, title: t, year: 2015, languages: [Xx],\n"
	    "     isbn: [\"978-92-9068-466-4\", \"12\"]}\n";
	static const struct want want[] = {
		W(4, 23, "implausible year 1800 (before 1900)"),
		E(6, 34, "\"12\" is not an ISBN: it has 2 digits, not 10 or "
		    "13"),
		E(6, 13, "duplicate ISBN 978-92-9068-466-4 (first used at "
		    "line 4, in 'a')"),
		W(5, 13, "the same title as the record at line 4 ('a')"),
		W(5, 47, "language \"Xx\" is not in the ISO 639-1 table"),
		END
	};

	(void)state;
	expect(yaml, VALIDATE_ALL, want);
}

/* Many records: every planted duplicate found, nothing else. */
static void
test_many_records(void **state)
{
	enum { N = 20000 };
	struct catalog	*cat;
	struct diags	 d;
	char		*yaml, isbn[24];
	size_t		 len = 0, cap = (size_t)N * 128 + 64, i, j;
	int		 sum, k;

	(void)state;
	yaml = malloc(cap);
	assert_non_null(yaml);
	len += (size_t)snprintf(yaml + len, cap - len, "publications:\n");
	for (i = 0; i < N; i++) {
		/* 978 + nine digits of i + the check digit. */
		snprintf(isbn, sizeof(isbn), "978%09zu", i % (N - 10));
		for (sum = 0, k = 0; k < 12; k++)
			sum += (isbn[k] - '0') * (k % 2 ? 3 : 1);
		isbn[12] = (char)('0' + (10 - sum % 10) % 10);
		isbn[13] = '\0';
		len += (size_t)snprintf(yaml + len, cap - len,
		    "- {id: r%zu, title: \"Record %zu\", year: 2000, "
		    "isbn: [\"%s\"]}\n", i, i % (N - 5), isbn);
	}
	cat = testcat(yaml);
	diags_init(&d, FILE_NAME);
	d.max = SIZE_MAX;
	assert_true(validate_catalog(cat, &d,
	    VALIDATE_DUPLICATE_ISBNS | VALIDATE_DUPLICATE_TITLES));
	/* The last 10 repeat the first ISBNs, the last 5 the titles. */
	assert_int_equal(d.n, 15);
	for (i = 0, j = 0; i < d.n; i++)
		j += d.v[i].level == DIAG_ERROR;
	assert_int_equal(j, 10);
	assert_string_equal(d.v[d.n - 1].msg,
	    "the same title as the record at line 6 ('r4')");
	diags_free(&d);
	catalog_free(cat);
	free(yaml);
}

/* Nothing asked, nothing checked. */
static void
test_nothing_asked(void **state)
{
	static const struct want none[] = { END };

	(void)state;
	expect(bad_ids, 0, none);
	expect(odd_ranges, VALIDATE_ALL & ~VALIDATE_RANGES, none);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_clean_quick),
		cmocka_unit_test(test_identifiers),
		cmocka_unit_test(test_quick_each_kind),
		cmocka_unit_test(test_duplicate_isbns),
		cmocka_unit_test(test_duplicate_titles),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_ranges_no_edition),
		cmocka_unit_test(test_year_max_from_edition),
		cmocka_unit_test(test_languages),
		cmocka_unit_test(test_all_in_record_order),
		cmocka_unit_test(test_many_records),
		cmocka_unit_test(test_nothing_asked),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
