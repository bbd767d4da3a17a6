/*
 * test_filter.c: unit tests for the publication filters, on records
 * built by hand.  Year specs ("2015", "2010..2015", "2016..", "..2009")
 * must select the right years and bad ones must be refused with a
 * message; a language matches by code or by English, French, Spanish
 * or native name, in any case; availability, has-field, title (case and
 * accents ignored) and grep (case-insensitive ERE over title and
 * abstract) each select what they say; bad arguments give FILTER_BAD
 * and a message; conditions of one kind are or-ed, kinds are and-ed.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "catalog.h"
#include "filter.h"
#include "text.h"

#define MAXITEMS	4

/* A record and the storage its lists point into. */
struct rec {
	struct pub	 p;
	struct str	 langs[MAXITEMS];
	struct str	 isbns[MAXITEMS];
	struct str	 avail[MAXITEMS];
};

static void
rec_init(struct rec *r, size_t index, long year, const char *title)
{
	memset(r, 0, sizeof(*r));
	r->p.index = index;
	r->p.year = year;
	r->p.title = str_cstr(title);
	r->p.id = str_cstr("some-id");
	r->p.languages.v = r->langs;
	r->p.isbn.v = r->isbns;
	r->p.availability.v = r->avail;
}

static void
rec_lang(struct rec *r, const char *lang)
{
	assert_true(r->p.languages.n < MAXITEMS);
	r->langs[r->p.languages.n++] = str_cstr(lang);
}

static void
rec_avail(struct rec *r, const char *word)
{
	assert_true(r->p.availability.n < MAXITEMS);
	r->avail[r->p.availability.n++] = str_cstr(word);
	r->p.avail |= strcmp(word, "pdf") == 0 ? AVAIL_PDF : AVAIL_HARDCOPY;
}

/* A filter with one condition, which must be accepted. */
static struct filter *
one(enum filter_kind kind, const char *arg)
{
	struct filter	*f;

	assert_non_null(f = filter_new());
	if (filter_add(f, kind, arg) != FILTER_OK)
		fail_msg("filter_add(%d, \"%s\") refused: %s", kind, arg,
		    filter_error(f));
	assert_false(filter_empty(f));
	return f;
}

static bool
year_passes(const char *spec, long year)
{
	struct filter	*f = one(FILTER_YEAR, spec);
	struct rec	 r;
	int		 m;

	rec_init(&r, 0, year, "T");
	m = filter_match(f, &r.p);
	assert_true(m == 0 || m == 1);
	filter_free(f);
	return m == 1;
}

static void
test_empty_filter_passes_all(void **state)
{
	struct filter	*f;
	struct rec	 r;

	(void)state;
	assert_non_null(f = filter_new());
	assert_true(filter_empty(f));
	rec_init(&r, 0, 2015, "Anything");
	assert_int_equal(filter_match(f, &r.p), 1);
	filter_free(f);
	filter_free(NULL);
}

static void
test_year_single(void **state)
{
	(void)state;
	assert_true(year_passes("2015", 2015));
	assert_false(year_passes("2015", 2014));
	assert_false(year_passes("2015", 2016));
	/* A record without a year never passes. */
	assert_false(year_passes("2015", 0));
	assert_false(year_passes("..2015", 0));
}

static void
test_year_ranges(void **state)
{
	(void)state;
	assert_false(year_passes("2010..2015", 2009));
	assert_true(year_passes("2010..2015", 2010));
	assert_true(year_passes("2010..2015", 2012));
	assert_true(year_passes("2010..2015", 2015));
	assert_false(year_passes("2010..2015", 2016));
	assert_true(year_passes("2015..2015", 2015));
	assert_false(year_passes("2016..", 2015));
	assert_true(year_passes("2016..", 2016));
	assert_true(year_passes("2016..", 9999));
	assert_true(year_passes("..2009", 1000));
	assert_true(year_passes("..2009", 2009));
	assert_false(year_passes("..2009", 2010));
	/* The widest range: every year a record may have. */
	assert_true(year_passes("1..9999", 1));
	assert_true(year_passes("1..9999", 9999));
	assert_true(year_passes("..1", 1));
	assert_false(year_passes("..1", 2));
}

static void
assert_bad(enum filter_kind kind, const char *arg, const char *needle,
    const char *needle2)
{
	struct filter	*f;
	const char	*msg;

	assert_non_null(f = filter_new());
	if (filter_add(f, kind, arg) != FILTER_BAD)
		fail_msg("filter_add(%d, \"%s\") was not FILTER_BAD", kind,
		    arg);
	assert_false(filter_oom(f));	/* refused, not out of memory */
	msg = filter_error(f);
	assert_non_null(msg);
	assert_true(strlen(msg) > 0);
	if (needle != NULL && strstr(msg, needle) == NULL)
		fail_msg("message \"%s\" lacks \"%s\"", msg, needle);
	if (needle2 != NULL && strstr(msg, needle2) == NULL)
		fail_msg("message \"%s\" lacks \"%s\"", msg, needle2);
	/* A refused condition is not added. */
	assert_true(filter_empty(f));
	filter_free(f);
}

static void
test_year_bad(void **state)
{
	(void)state;
	assert_bad(FILTER_YEAR, "20x5", "'20x5'", NULL);
	assert_bad(FILTER_YEAR, "2015..2010", "'2015..2010'", NULL);
	assert_bad(FILTER_YEAR, "..", "'..'", NULL);
	assert_bad(FILTER_YEAR, "", "''", NULL);
	assert_bad(FILTER_YEAR, "2015...", NULL, NULL);
	assert_bad(FILTER_YEAR, "...2015", NULL, NULL);
	assert_bad(FILTER_YEAR, "2010..2012..2015", NULL, NULL);
	assert_bad(FILTER_YEAR, "-2015", NULL, NULL);
	assert_bad(FILTER_YEAR, "02015", NULL, NULL);
	assert_bad(FILTER_YEAR, " 2015", NULL, NULL);
	assert_bad(FILTER_YEAR, "0", NULL, NULL);
	assert_bad(FILTER_YEAR, "10000", NULL, NULL);
	assert_bad(FILTER_YEAR, "2010-2015", NULL, NULL);
	/* Each end of a range is a year in its own right. */
	assert_bad(FILTER_YEAR, "20x5..2016", "'20x5..2016'", NULL);
	assert_bad(FILTER_YEAR, "0..2016", NULL, NULL);
	assert_bad(FILTER_YEAR, "2010..10000", NULL, NULL);
	assert_bad(FILTER_YEAR, "2010..20x5", NULL, NULL);
	assert_bad(FILTER_YEAR, "10000..", NULL, NULL);
	assert_bad(FILTER_YEAR, "..0", NULL, NULL);
	/* Control characters in the message are escaped. */
	assert_bad(FILTER_YEAR, "20\x1b" "15", "\\x1b", NULL);
}

static bool
lang_passes(const char *query, const char *lang)
{
	struct filter	*f = one(FILTER_LANGUAGE, query);
	struct rec	 r;
	int		 m;

	rec_init(&r, 0, 2015, "T");
	rec_lang(&r, "English");
	rec_lang(&r, lang);
	m = filter_match(f, &r.p);
	filter_free(f);
	return m == 1;
}

static void
test_language(void **state)
{
	(void)state;
	/* The record says Spanish however it is spelt. */
	assert_true(lang_passes("es", "Spanish"));
	assert_true(lang_passes("es", "espagnol"));
	assert_true(lang_passes("es", "espa\xc3\xb1ol"));
	assert_true(lang_passes("es", "Espa\xc3\xb1ol"));
	assert_true(lang_passes("ES", "Spanish"));
	assert_true(lang_passes("Spanish", "Spanish"));
	assert_true(lang_passes("spanish", "Spanish"));
	assert_true(lang_passes("espanol", "Spanish"));
	assert_true(lang_passes("ESPAGNOL", "Spanish"));
	assert_true(lang_passes("fr", "French"));
	assert_true(lang_passes("fran\xc3\xa7" "ais", "French"));
	/* Any of the record's languages will do. */
	assert_true(lang_passes("en", "Spanish"));
	/* But not another language, nor part of a name. */
	assert_false(lang_passes("fr", "Spanish"));
	assert_false(lang_passes("es", "Estonian"));
	assert_false(lang_passes("span", "Spanish"));
	/* An unknown language still matches itself. */
	assert_true(lang_passes("Klingon", "klingon"));
	assert_false(lang_passes("Klingon", "Spanish"));
}

static void
test_language_absent(void **state)
{
	struct filter	*f = one(FILTER_LANGUAGE, "en");
	struct rec	 r;

	(void)state;
	rec_init(&r, 0, 2015, "No languages");
	assert_int_equal(filter_match(f, &r.p), 0);
	filter_free(f);
}

static void
test_available(void **state)
{
	struct filter	*pdf, *hard, *upper;
	struct rec	 a, b, c, none;

	(void)state;
	rec_init(&a, 0, 2015, "A");
	rec_avail(&a, "pdf");
	rec_init(&b, 1, 2015, "B");
	rec_avail(&b, "hardcopy");
	rec_init(&c, 2, 2015, "C");
	rec_avail(&c, "hardcopy");
	rec_avail(&c, "pdf");
	rec_init(&none, 3, 2015, "D");
	pdf = one(FILTER_AVAILABLE, "pdf");
	hard = one(FILTER_AVAILABLE, "hardcopy");
	upper = one(FILTER_AVAILABLE, "PDF");
	assert_int_equal(filter_match(pdf, &a.p), 1);
	assert_int_equal(filter_match(pdf, &b.p), 0);
	assert_int_equal(filter_match(pdf, &c.p), 1);
	assert_int_equal(filter_match(pdf, &none.p), 0);
	assert_int_equal(filter_match(hard, &a.p), 0);
	assert_int_equal(filter_match(hard, &b.p), 1);
	assert_int_equal(filter_match(hard, &c.p), 1);
	assert_int_equal(filter_match(upper, &a.p), 1);
	assert_int_equal(filter_match(upper, &b.p), 0);
	filter_free(pdf);
	filter_free(hard);
	filter_free(upper);
	assert_bad(FILTER_AVAILABLE, "web", "'web'", NULL);
	assert_bad(FILTER_AVAILABLE, "", NULL, NULL);
}

static void
test_has(void **state)
{
	struct filter	*isbn, *price, *abstract;
	struct rec	 with, without;

	(void)state;
	rec_init(&with, 0, 2015, "With");
	with.isbns[with.p.isbn.n++] = str_cstr("978-92-9068-466-4");
	with.p.price.amount = str_cstr("30");
	with.p.price.currency = str_cstr("USD");
	with.p.price.cents = 3000;
	with.p.abstract = str_cstr("About it.");
	rec_init(&without, 1, 2015, "Without");
	isbn = one(FILTER_HAS, "isbn");
	price = one(FILTER_HAS, "price");
	abstract = one(FILTER_HAS, "abstract");
	assert_int_equal(filter_match(isbn, &with.p), 1);
	assert_int_equal(filter_match(isbn, &without.p), 0);
	assert_int_equal(filter_match(price, &with.p), 1);
	assert_int_equal(filter_match(price, &without.p), 0);
	assert_int_equal(filter_match(abstract, &with.p), 1);
	assert_int_equal(filter_match(abstract, &without.p), 0);
	filter_free(isbn);
	filter_free(price);
	filter_free(abstract);
	assert_bad(FILTER_HAS, "isbm", "'isbm'", "did you mean 'isbn'");
	assert_bad(FILTER_HAS, "prise", "'prise'", "did you mean 'price'");
	assert_bad(FILTER_HAS, "publisher", "'publisher'", NULL);
	assert_bad(FILTER_HAS, "", NULL, NULL);
}

static bool
title_passes(const char *query, const char *title)
{
	struct filter	*f = one(FILTER_TITLE, query);
	struct rec	 r;
	int		 m;

	rec_init(&r, 0, 2015, title);
	m = filter_match(f, &r.p);
	filter_free(f);
	return m == 1;
}

static void
test_title(void **state)
{
	(void)state;
	assert_true(title_passes("etat", "\xc3\x89tat des lieux"));
	assert_true(title_passes("\xc3\x89TAT", "etat des lieux"));
	assert_true(title_passes("DES LIEUX", "\xc3\x89tat des lieux"));
	assert_true(title_passes("explotacion", "La EXPLOTACI\xc3\x93N"));
	assert_true(title_passes("strasse", "Die Stra\xc3\x9f" "e"));
	assert_true(title_passes("", "Anything"));
	assert_false(title_passes("etats", "\xc3\x89tat des lieux"));
	assert_false(title_passes("lieux des", "\xc3\x89tat des lieux"));
}

static bool
grep_passes(const char *re, const char *title, const char *abstract)
{
	struct filter	*f = one(FILTER_GREP, re);
	struct rec	 r;
	int		 m;

	rec_init(&r, 0, 2015, title);
	if (abstract != NULL)
		r.p.abstract = str_cstr(abstract);
	m = filter_match(f, &r.p);
	filter_free(f);
	return m == 1;
}

static void
test_grep(void **state)
{
	(void)state;
	assert_true(grep_passes("traffick(ed|ing)", "Caring for TRAFFICKED "
	    "Persons", NULL));
	assert_true(grep_passes("^caring", "Caring for Trafficked Persons",
	    NULL));
	assert_false(grep_passes("^persons", "Caring for Trafficked Persons",
	    NULL));
	/* The abstract is searched too. */
	assert_true(grep_passes("supply +chains?", "Remediation Guidelines",
	    "Workers in Supply  Chains are abused."));
	assert_false(grep_passes("supply chain", "Remediation Guidelines",
	    "Nothing here."));
	assert_false(grep_passes("x{3}", "xx", "x x x"));
	assert_true(grep_passes("x{3}", "xx", "axxxb"));
	/* Values are length-counted: a NUL does not end the abstract. */
	{
		struct filter *f = one(FILTER_GREP, "needle");
		struct rec r;

		rec_init(&r, 0, 2015, "Haystack");
		r.p.abstract = str_make("hay\0needle", 10);
		assert_int_equal(filter_match(f, &r.p), 1);
		filter_free(f);
	}
	assert_bad(FILTER_GREP, "(unclosed", "bad regular expression",
	    "(unclosed");
	assert_bad(FILTER_GREP, "a{2,1}", "bad regular expression", NULL);
}

static void
test_same_kind_or(void **state)
{
	struct filter	*f;
	struct rec	 r;

	(void)state;
	assert_non_null(f = filter_new());
	assert_int_equal(filter_add(f, FILTER_YEAR, "2010"), FILTER_OK);
	assert_int_equal(filter_add(f, FILTER_YEAR, "2015..2016"), FILTER_OK);
	/* A bad third condition leaves the first two alone. */
	assert_int_equal(filter_add(f, FILTER_YEAR, "bad"), FILTER_BAD);
	rec_init(&r, 0, 2010, "T");
	assert_int_equal(filter_match(f, &r.p), 1);
	r.p.year = 2012;
	assert_int_equal(filter_match(f, &r.p), 0);
	r.p.year = 2016;
	assert_int_equal(filter_match(f, &r.p), 1);
	filter_free(f);

	assert_non_null(f = filter_new());
	assert_int_equal(filter_add(f, FILTER_LANGUAGE, "fr"), FILTER_OK);
	assert_int_equal(filter_add(f, FILTER_LANGUAGE, "es"), FILTER_OK);
	rec_init(&r, 0, 2010, "T");
	rec_lang(&r, "Spanish");
	assert_int_equal(filter_match(f, &r.p), 1);
	r.langs[0] = str_cstr("French");
	assert_int_equal(filter_match(f, &r.p), 1);
	r.langs[0] = str_cstr("English");
	assert_int_equal(filter_match(f, &r.p), 0);
	filter_free(f);
}

static void
test_kinds_and(void **state)
{
	struct filter	*f;
	struct rec	 r[4];
	size_t		 i;
	static const int want[4] = { 1, 0, 0, 0 };

	(void)state;
	assert_non_null(f = filter_new());
	assert_int_equal(filter_add(f, FILTER_YEAR, "2015"), FILTER_OK);
	assert_int_equal(filter_add(f, FILTER_LANGUAGE, "es"), FILTER_OK);
	assert_int_equal(filter_add(f, FILTER_TITLE, "guide"), FILTER_OK);
	rec_init(&r[0], 0, 2015, "A Guide");
	rec_lang(&r[0], "Spanish");
	rec_init(&r[1], 1, 2014, "A Guide");		/* wrong year */
	rec_lang(&r[1], "Spanish");
	rec_init(&r[2], 2, 2015, "A Guide");		/* wrong language */
	rec_lang(&r[2], "French");
	rec_init(&r[3], 3, 2015, "A Manual");		/* wrong title */
	rec_lang(&r[3], "Spanish");
	for (i = 0; i < 4; i++)
		if (filter_match(f, &r[i].p) != want[i])
			fail_msg("record %zu: got %d, want %d", i,
			    filter_match(f, &r[i].p), want[i]);
	filter_free(f);
}

/* Where --title and --grep matched, for highlighting. */
/*
 * Editions: a record passes when one of its editions passes every
 * condition; the view of an edition takes its year, pages, languages and
 * ISBNs, and the record's values where the edition gives none.
 */
static void
test_editions(void **state)
{
	struct edition	 e1, e2, *eds[2] = { &e1, &e2 };
	struct str	 l1 = str_cstr("Chinese"), l2 = str_cstr("Arabic");
	struct str	 i2 = str_cstr("978-92-9068-640-8");
	struct filter	*f;
	struct pub	 view;
	struct rec	 r;

	(void)state;
	rec_init(&r, 0, 2009, "Handbook");
	rec_lang(&r, "English");
	r.p.pages = 231;
	memset(&e1, 0, sizeof(e1));
	memset(&e2, 0, sizeof(e2));
	e1.year = 2009;
	e1.languages.v = &l1;
	e1.languages.n = 1;
	e2.year = 2012;
	e2.pages = 216;
	e2.languages.v = &l2;
	e2.languages.n = 1;
	e2.isbn.v = &i2;
	e2.isbn.n = 1;
	r.p.editions = eds;
	r.p.neditions = 2;

	pub_edition_view(&view, &r.p, 0);
	assert_ptr_equal(view.of, &r.p);
	assert_ptr_equal(pub_record(&view), &r.p);
	assert_ptr_equal(pub_record(&r.p), &r.p);
	assert_int_equal(view.edition, 1);
	assert_int_equal(view.pages, 231);	/* the record's */
	assert_int_equal(view.languages.n, 1);
	pub_edition_view(&view, &r.p, 1);
	assert_int_equal(view.year, 2012);
	assert_int_equal(view.pages, 216);
	assert_int_equal(view.isbn.n, 1);

	f = one(FILTER_LANGUAGE, "ar");
	assert_int_equal(filter_add(f, FILTER_YEAR, "2012"), FILTER_OK);
	assert_int_equal(filter_match(f, &r.p), 1);
	filter_free(f);
	f = one(FILTER_LANGUAGE, "zh");
	assert_int_equal(filter_add(f, FILTER_YEAR, "2012"), FILTER_OK);
	assert_int_equal(filter_match(f, &r.p), 0);	/* not one edition */
	filter_free(f);
	/* The record's own languages are not an edition's. */
	f = one(FILTER_LANGUAGE, "en");
	assert_int_equal(filter_match(f, &r.p), 0);
	filter_free(f);
	/* A view is matched as itself, not as the record's editions. */
	f = one(FILTER_YEAR, "2009");
	assert_int_equal(filter_match(f, &r.p), 1);
	assert_int_equal(filter_match(f, &view), 0);
	filter_free(f);
}

static void
test_marks(void **state)
{
	struct filter	*f;
	struct mark	 m[8];
	struct str	 t = str_cstr("\xc3\x89tat des lieux: \xc3\xa9TAT, etat");
	size_t		 n;

	(void)state;
	f = filter_new();
	assert_non_null(f);
	assert_int_equal(filter_add(f, FILTER_TITLE, "etat"), FILTER_OK);
	n = filter_marks(f, FIELD_TITLE, t, m, 8);
	/* "État" (5 bytes), "éTAT" (5 bytes) and "etat". */
	assert_int_equal(n, 3);
	assert_int_equal(m[0].start, 0);
	assert_int_equal(m[0].end, 5);
	assert_int_equal(m[1].start, 17);
	assert_int_equal(m[1].end, 22);
	assert_int_equal(m[2].start, 24);
	assert_int_equal(m[2].end, 28);
	/* The title condition says nothing about the abstract. */
	assert_int_equal(filter_marks(f, FIELD_ABSTRACT, t, m, 8), 0);
	/* At most max marks. */
	assert_int_equal(filter_marks(f, FIELD_TITLE, t, m, 2), 2);

	/*
	 * A regex overlapping the title match: merged into one mark.  The
	 * leftmost match is "tat d" (bytes 2 to 7), which also uses up the
	 * "d" that "des l[a-z]+" would have started at.
	 */
	assert_int_equal(filter_add(f, FILTER_GREP, "des l[a-z]+|tat d"),
	    FILTER_OK);
	n = filter_marks(f, FIELD_TITLE, t, m, 8);
	assert_int_equal(n, 3);
	assert_int_equal(m[0].start, 0);
	assert_int_equal(m[0].end, 7);		/* "État d" */
	assert_int_equal(filter_marks(f, FIELD_ABSTRACT,
	    str_cstr("... DES LIEUX ..."), m, 8), 1);
	assert_int_equal(m[0].start, 4);
	assert_int_equal(m[0].end, 13);
	filter_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_filter_passes_all),
		cmocka_unit_test(test_year_single),
		cmocka_unit_test(test_year_ranges),
		cmocka_unit_test(test_year_bad),
		cmocka_unit_test(test_language),
		cmocka_unit_test(test_language_absent),
		cmocka_unit_test(test_available),
		cmocka_unit_test(test_has),
		cmocka_unit_test(test_title),
		cmocka_unit_test(test_grep),
		cmocka_unit_test(test_same_kind_or),
		cmocka_unit_test(test_kinds_and),
		cmocka_unit_test(test_editions),
		cmocka_unit_test(test_marks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
