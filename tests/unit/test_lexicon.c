/*
 * test_lexicon.c: the tables generated from iso-codes and data/.
 *
 * Countries by code, places by any name, regions by their countries; the
 * names are folded as fold() folds them, so that a folded query meets
 * them; codes are what check accepts.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "lexicon.h"

static const char *
place(const char *s)
{
	bool	 oom = false;

	return lex_find_place(s, strlen(s), &oom);
}

static int
stop(const char *w)
{
	return lex_stopword(w, strlen(w));
}

/* Snowball's lists and data/stopwords.txt, each word with its languages. */
static void
stopwords(void **state)
{
	size_t	 i;

	(void)state;
	assert_true(stop("the") & LEX_ANY);
	assert_true(stop("between") & 1 << LEX_EN);
	assert_true(stop("como") & 1 << LEX_ES);
	assert_true(stop("comment") & 1 << LEX_FR);
	assert_false(stop("comment") & (1 << LEX_EN | LEX_ANY));
	/* "sea" and "son" are common in Spanish and French, not English. */
	assert_int_equal(stop("sea"), 1 << LEX_ES);
	assert_false(stop("son") & (1 << LEX_EN | LEX_ANY));
	assert_true(stop("ete") & 1 << LEX_FR);	/* été, folded */
	assert_int_equal(stop("trafficking"), 0);
	assert_int_equal(stop("th"), 0);
	for (i = 1; i < lex_nstopwords; i++)
		assert_true(strcmp(lex_stopwords[i - 1].word,
		    lex_stopwords[i].word) < 0);
}

static void
countries(void **state)
{
	(void)state;
	assert_non_null(lex_country("GH", 2));
	assert_string_equal(lex_country("gh", 2)->name, "Ghana");
	assert_string_equal(lex_country("VN", 2)->name, "Vietnam");
	assert_null(lex_country("AN", 2));	/* withdrawn in 2010 */
	assert_null(lex_country("XK", 2));	/* not in ISO 3166-1 */
	assert_null(lex_country("GHA", 3));
	assert_true(lex_ncountries >= 249);
}

static void
places_by_name(void **state)
{
	(void)state;
	/* English, French, Spanish, common and short names; any case. */
	assert_string_equal(place("Viet Nam"), "VN");
	assert_string_equal(place("vietnam"), "VN");
	assert_string_equal(place("Vi\xc3\xaat Nam"), "VN");
	assert_string_equal(place("Bosnia"), "BA");
	assert_string_equal(place("Bosnie-Herz\xc3\xa9govine"), "BA");
	assert_string_equal(place("C\xc3\xb4te d'Ivoire"), "CI");
	assert_string_equal(place("Ivory Coast"), "CI");
	assert_string_equal(place("gh"), "GH");
	assert_string_equal(place("  UK "), "GB");
	assert_null(place("Narnia"));
	assert_null(place(""));
	/* Regions, and a code list that holds a country. */
	assert_true(lex_codes_have(place("West Africa"), "GH"));
	assert_true(lex_codes_have(place("Caribbean"), "JM"));
	assert_true(lex_codes_have(place("Mekong"), "KH"));
	assert_false(lex_codes_have(place("Horn of Africa"), "GH"));
}

/* Sorted for lex_place(), and folded as search folds a query. */
static void
table_is_folded_and_sorted(void **state)
{
	struct foldbuf	 fb = { NULL, 0 };
	struct str	 f;
	size_t		 i;

	(void)state;
	for (i = 0; i < lex_nplaces; i++) {
		f = fold(&fb, lex_places[i].name, strlen(lex_places[i].name));
		if (strcmp(f.ptr, lex_places[i].name) != 0)
			fail_msg("\"%s\" folds to \"%s\"", lex_places[i].name,
			    f.ptr);
		if (i > 0 && strcmp(lex_places[i - 1].name,
		    lex_places[i].name) > 0)
			fail_msg("\"%s\" after \"%s\"", lex_places[i].name,
			    lex_places[i - 1].name);
	}
	for (i = 0; i < lex_nthesaurus; i++) {
		f = fold(&fb, lex_thesaurus[i].folded,
		    strlen(lex_thesaurus[i].folded));
		assert_string_equal(f.ptr, lex_thesaurus[i].folded);
	}
	fold_free(&fb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(countries),
		cmocka_unit_test(stopwords),
		cmocka_unit_test(places_by_name),
		cmocka_unit_test(table_is_folded_and_sorted),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
