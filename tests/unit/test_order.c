/*
 * test_order.c: unit tests for sort keys and sorting, on publications
 * built by hand.  order_parse() must accept "year", "-year",
 * "year:desc", "year:asc" and lists such as "year,title", and refuse
 * unknown or unsortable keys with a message naming the key (and a
 * suggestion for a near miss).  order_sort() must break ties by
 * catalogue order, flip every key for --reverse (and reverse catalogue
 * order when there is no key), and compare titles folded, so that
 * "État" sorts with "Etat", before "F", whatever the case.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "catalog.h"
#include "order.h"
#include "text.h"

#define MAXPUBS	8

struct fixture {
	struct pub	 pub[MAXPUBS];
	struct pub	*v[MAXPUBS];
	size_t		 n;
};

static void
add(struct fixture *f, long year, const char *title, long pages,
    const char *id)
{
	struct pub	*p;

	assert_true(f->n < MAXPUBS);
	p = &f->pub[f->n];
	memset(p, 0, sizeof(*p));
	p->index = f->n;
	p->year = year;
	p->title = str_cstr(title);
	p->pages = pages;
	p->id = str_cstr(id);
	f->v[f->n] = p;
	f->n++;
}

/*
 * Sort f->v by spec (with --reverse if asked); check the indexes.  The
 * result must not depend on the order the records come in, so sort them
 * from catalogue order and again from the reverse (but with no key and
 * no --reverse there is nothing to sort, and the order is kept).
 */
static void
assert_sorts(struct fixture *f, const char *spec, bool reverse,
    const size_t *want)
{
	struct order	 o;
	char		 err[256];
	size_t		 i, pass;

	memset(&o, 0, sizeof(o));
	if (spec != NULL && !order_parse(&o, spec, err, sizeof(err)))
		fail_msg("order_parse(\"%s\"): %s", spec, err);
	o.reverse = reverse;
	for (pass = 0; pass < (o.nkeys > 0 || reverse ? 2 : 1); pass++) {
		for (i = 0; i < f->n; i++)
			f->v[i] = &f->pub[pass == 0 ? i : f->n - 1 - i];
		assert_true(order_sort(&o, f->v, f->n));
		for (i = 0; i < f->n; i++)
			if (f->v[i]->index != want[i])
				fail_msg("sort \"%s\"%s from %s order: "
				    "position %zu holds record %zu, want %zu",
				    spec ? spec : "", reverse ? " reversed" :
				    "", pass == 0 ? "catalogue" : "reverse", i,
				    f->v[i]->index, want[i]);
	}
}

/*
 *	0: 2015 "Zebra crossings"    pages 40  id "c"
 *	1: 2010 "apple orchards"     pages 300 id "a"
 *	2: 2015 "Mango"              pages 40  id "e"
 *	3: 2012 "banana"             pages 12  id "b"
 *	4: 2010 "Cherry"             pages 300 id "d"
 */
static void
setup_fruit(struct fixture *f)
{
	memset(f, 0, sizeof(*f));
	add(f, 2015, "Zebra crossings", 40, "c");
	add(f, 2010, "apple orchards", 300, "a");
	add(f, 2015, "Mango", 40, "e");
	add(f, 2012, "banana", 12, "b");
	add(f, 2010, "Cherry", 300, "d");
}

static void
assert_parses(const char *spec, size_t nkeys, const enum field *fields,
    const bool *desc)
{
	struct order	 o;
	char		 err[256] = "";
	size_t		 i;

	memset(&o, 0, sizeof(o));
	if (!order_parse(&o, spec, err, sizeof(err)))
		fail_msg("order_parse(\"%s\") failed: %s", spec, err);
	assert_int_equal(o.nkeys, nkeys);
	for (i = 0; i < nkeys; i++) {
		assert_int_equal(o.key[i].field, fields[i]);
		assert_int_equal(o.key[i].desc, desc[i]);
	}
	assert_false(o.reverse);
}

static void
test_parse_good(void **state)
{
	static const enum field year[] = { FIELD_YEAR };
	static const enum field yt[] = { FIELD_YEAR, FIELD_TITLE };
	static const enum field all[] = { FIELD_PAGES, FIELD_ID, FIELD_TITLE,
	    FIELD_YEAR };
	static const bool asc[] = { false, false, false, false };
	static const bool dsc[] = { true, true };
	static const bool mixed[] = { true, false, true, false };

	(void)state;
	assert_parses("year", 1, year, asc);
	assert_parses("-year", 1, year, dsc);
	assert_parses("year:desc", 1, year, dsc);
	assert_parses("year:asc", 1, year, asc);
	assert_parses("year,title", 2, yt, asc);
	assert_parses("-year,-title", 2, yt, dsc);
	assert_parses("-pages,id,title:desc,year:asc", 4, all, mixed);
	/* "-KEY:desc" is descending twice over: ascending. */
	assert_parses("-year:desc", 1, year, asc);
	/* Blanks and tabs around a key, before and after its comma. */
	assert_parses(" year , title ", 2, yt, asc);
	assert_parses("\t-year\t,\t-title\t", 2, yt, dsc);
	assert_parses("year  ,title", 2, yt, asc);
}

static void
test_parse_appends(void **state)
{
	struct order	 o;
	char		 err[256];

	(void)state;
	memset(&o, 0, sizeof(o));
	assert_true(order_parse(&o, "year", err, sizeof(err)));
	assert_true(order_parse(&o, "-title", err, sizeof(err)));
	assert_int_equal(o.nkeys, 2);
	assert_int_equal(o.key[0].field, FIELD_YEAR);
	assert_int_equal(o.key[1].field, FIELD_TITLE);
	assert_true(o.key[1].desc);
}

/* order_parse() must refuse spec, with a message holding each needle. */
static void
assert_refused(const char *spec, const char *needle, const char *needle2)
{
	struct order	 o;
	char		 err[256] = "";

	memset(&o, 0, sizeof(o));
	if (order_parse(&o, spec, err, sizeof(err)))
		fail_msg("order_parse(\"%s\") accepted it", spec);
	if (needle != NULL && strstr(err, needle) == NULL)
		fail_msg("order_parse(\"%s\"): \"%s\" lacks \"%s\"", spec, err,
		    needle);
	if (needle2 != NULL && strstr(err, needle2) == NULL)
		fail_msg("order_parse(\"%s\"): \"%s\" lacks \"%s\"", spec, err,
		    needle2);
}

static void
test_parse_bad(void **state)
{
	(void)state;
	assert_refused("bogus", "'bogus'", NULL);
	assert_refused("yaer", "'yaer'", "did you mean 'year'");
	assert_refused("-titel", "'titel'", "did you mean 'title'");
	assert_refused("year,pgaes", "'pgaes'", "did you mean 'pages'");
	/* Real fields that are not sort keys. */
	assert_refused("abstract", "'abstract'", NULL);
	assert_refused("isbn", "'isbn'", NULL);
	/* Bad direction, empty keys. */
	assert_refused("year:down", "year:down", NULL);
	assert_refused("year:", NULL, NULL);
	assert_refused("", NULL, NULL);
	assert_refused("year,", NULL, NULL);
	assert_refused(",year", NULL, NULL);
	assert_refused("-", NULL, NULL);
	/* A blank inside a key is not one around it. */
	assert_refused("year title", "'year title'", NULL);
	assert_refused(" , year", NULL, NULL);
	/* A control character in the key is shown escaped. */
	assert_refused("ye\x1b" "ar", "ye\\x1bar", NULL);
}

static void
test_parse_too_many(void **state)
{
	struct order	 o;
	char		 err[256] = "";

	(void)state;
	memset(&o, 0, sizeof(o));
	assert_true(order_parse(&o, "year,title,pages,id,year,title,pages,id",
	    err, sizeof(err)));
	assert_int_equal(o.nkeys, ORDER_MAX_KEYS);
	assert_false(order_parse(&o, "year", err, sizeof(err)));
	assert_non_null(strstr(err, "too many"));
	assert_int_equal(o.nkeys, ORDER_MAX_KEYS);
}

static void
test_sort_year_stable(void **state)
{
	static const size_t asc[] = { 1, 4, 3, 0, 2 };
	static const size_t desc[] = { 0, 2, 3, 1, 4 };
	struct fixture	 f;

	(void)state;
	setup_fruit(&f);
	assert_sorts(&f, "year", false, asc);
	assert_sorts(&f, "year:asc", false, asc);
	/* Descending: ties still in catalogue order. */
	assert_sorts(&f, "-year", false, desc);
	assert_sorts(&f, "year:desc", false, desc);
}

static void
test_sort_several_keys(void **state)
{
	static const size_t year_title[] = { 1, 4, 3, 2, 0 };
	static const size_t year_mtitle[] = { 4, 1, 3, 0, 2 };
	static const size_t pages_id[] = { 3, 0, 2, 1, 4 };
	static const size_t mpages_mid[] = { 4, 1, 2, 0, 3 };
	static const size_t id[] = { 1, 3, 0, 4, 2 };
	struct fixture	 f;

	(void)state;
	setup_fruit(&f);
	assert_sorts(&f, "year,title", false, year_title);
	assert_sorts(&f, "year,-title", false, year_mtitle);
	assert_sorts(&f, "pages,id", false, pages_id);
	assert_sorts(&f, "-pages,-id", false, mpages_mid);
	assert_sorts(&f, "id", false, id);
}

static void
test_sort_reverse(void **state)
{
	static const size_t year_rev[] = { 0, 2, 3, 1, 4 };
	static const size_t myear_rev[] = { 1, 4, 3, 0, 2 };
	static const size_t yt_rev[] = { 0, 2, 3, 4, 1 };
	static const size_t catalogue_rev[] = { 4, 3, 2, 1, 0 };
	static const size_t catalogue[] = { 0, 1, 2, 3, 4 };
	struct fixture	 f;

	(void)state;
	setup_fruit(&f);
	/* --reverse flips the key; ties stay in catalogue order. */
	assert_sorts(&f, "year", true, year_rev);
	/* and flips a descending key back to ascending. */
	assert_sorts(&f, "-year", true, myear_rev);
	/* Every key is flipped. */
	assert_sorts(&f, "year,title", true, yt_rev);
	/* No key: catalogue order, or its reverse. */
	assert_sorts(&f, NULL, false, catalogue);
	assert_sorts(&f, NULL, true, catalogue_rev);
}

static void
test_sort_titles_folded(void **state)
{
	static const size_t want[] = { 4, 1, 0, 3, 2, 5 };
	static const size_t ties[] = { 0, 2, 1, 3 };
	struct fixture	 f;

	(void)state;
	memset(&f, 0, sizeof(f));
	add(&f, 2000, "Etat des lieux", 0, "p0");
	add(&f, 2000, "\xc3\x89tat", 0, "p1");		/* État */
	add(&f, 2000, "f\xc3\xa9vrier", 0, "p2");	/* février */
	add(&f, 2000, "\xc3\x89TAT MAJOR", 0, "p3");	/* ÉTAT MAJOR */
	add(&f, 2000, "an appendix", 0, "p4");
	add(&f, 2000, "Zone", 0, "p5");
	/* etat < etat des lieux < etat major < fevrier, all before zone. */
	assert_sorts(&f, "title", false, want);

	/* Titles equal once folded keep catalogue order. */
	memset(&f, 0, sizeof(f));
	add(&f, 2000, "Etat", 0, "p0");
	add(&f, 2000, "F", 0, "p1");
	add(&f, 2000, "\xc3\x89tat", 0, "p2");
	add(&f, 2000, "Fa", 0, "p3");
	assert_sorts(&f, "title", false, ties);
}

static void
test_sort_small_inputs(void **state)
{
	struct order	 o;
	struct fixture	 f;
	char		 err[64];

	(void)state;
	memset(&o, 0, sizeof(o));
	assert_true(order_parse(&o, "title", err, sizeof(err)));
	assert_true(order_sort(&o, NULL, 0));
	setup_fruit(&f);
	assert_true(order_sort(&o, f.v, 1));
	assert_ptr_equal(f.v[0], &f.pub[0]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_good),
		cmocka_unit_test(test_parse_appends),
		cmocka_unit_test(test_parse_bad),
		cmocka_unit_test(test_parse_too_many),
		cmocka_unit_test(test_sort_year_stable),
		cmocka_unit_test(test_sort_several_keys),
		cmocka_unit_test(test_sort_reverse),
		cmocka_unit_test(test_sort_titles_folded),
		cmocka_unit_test(test_sort_small_inputs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
