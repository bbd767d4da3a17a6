/*
 * test_stats.c: unit tests for stats.c.  Years and decades are counted
 * oldest first, those between without publications as 0; languages by meaning ("Spanish", "es" and "español" are
 * one group, named as first written, counted once per record), most
 * counted first, records without languages last as "none"; availability
 * as pdf, hardcopy, none, leaving out what counts nothing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "catalog.h"
#include "stats.h"
#include "testcat.h"

static const char catalogue[] =
    "- {title: A, year: 2009, languages: [Spanish, es], "
    "availability: [pdf]}\n"
    "- {title: B, year: 2015, languages: [English, español], "
    "availability: [pdf, hardcopy]}\n"
    "- {title: C, year: 2011, languages: [fr]}\n"
    "- {title: D, year: 2015}\n";

/* The groups of G as "label count" joined by ", ". */
static void
assert_groups(const struct stats *G, const char *want)
{
	char	 got[256];
	size_t	 i, len = 0;

	got[0] = '\0';
	for (i = 0; i < G->n; i++) {
		struct str l = stats_label(&G->v[i]);
		len += (size_t)snprintf(got + len, sizeof(got) - len, "%s%.*s %zu",
		    i > 0 ? ", " : "", (int)l.len, l.ptr, G->v[i].count);
	}
	assert_string_equal(got, want);
}

static void
count_by(enum stats_by by, const char *want)
{
	struct catalog	*cat = testcat(catalogue);
	struct stats	 G = { NULL, 0, 0 };

	assert_true(stats_count(&G, by, cat->pubs, cat->npubs));
	assert_groups(&G, want);
	stats_free(&G);
	catalog_free(cat);
}

static void
test_years(void **state)
{
	(void)state;
	count_by(STATS_YEAR, "2009 1, 2010 0, 2011 1, 2012 0, 2013 0, 2014 0, "
	    "2015 2");
	count_by(STATS_DECADE, "2000s 1, 2010s 3");
}

static void
test_languages(void **state)
{
	(void)state;
	count_by(STATS_LANGUAGE, "Spanish 2, English 1, fr 1, none 1");
}

static void
test_availability(void **state)
{
	(void)state;
	count_by(STATS_AVAILABILITY, "pdf 2, hardcopy 1, none 2");
}

static void
test_nothing(void **state)
{
	struct stats	 G = { NULL, 0, 0 };

	(void)state;
	assert_true(stats_count(&G, STATS_LANGUAGE, NULL, 0));
	assert_int_equal(G.n, 0);
	stats_free(&G);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_years),
		cmocka_unit_test(test_languages),
		cmocka_unit_test(test_availability),
		cmocka_unit_test(test_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
