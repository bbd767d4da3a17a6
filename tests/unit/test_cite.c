/*
 * test_cite.c: the facts of a reference and the formatted reference.
 *
 * The corporate author and the city as cite_of() works them out from a
 * header; the book or report type; and cite_reference() in both styles
 * on titles that exercise quotes, apostrophes and Chicago's title case.
 * (tests/formats/cite.py checks the same against pandoc itself.)
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "cite.h"
#include "diag.h"
#include "testcat.h"

static void
assert_str(struct str s, const char *want)
{
	if (want == NULL) {
		assert_false(str_present(s));
		return;
	}
	assert_true(str_present(s));
	assert_int_equal(s.len, strlen(want));
	assert_memory_equal(s.ptr, want, s.len);
}

static void
test_body_name(void **state)
{
	(void)state;
	assert_str(cite_body_name(str_cstr("International Organization for "
	    "Migration (IOM)")), "International Organization for Migration");
	assert_str(cite_body_name(str_cstr("Plain Name")), "Plain Name");
	assert_str(cite_body_name(str_cstr("A (B) (C)")), "A (B) (C)");
	assert_str(cite_body_name(str_cstr("(IOM)")), "(IOM)");
	assert_str(cite_body_name(str_cstr("")), NULL);
	assert_str(cite_body_name(STR_NONE), NULL);
}

/* The city cite_of() finds in an address, or NULL. */
static void
assert_city(const char *address, const char *want)
{
	struct catalog	*cat;
	struct cite	 c;
	char		 yaml[512];

	snprintf(yaml, sizeof(yaml), "catalog: {publisher: P, ordering: "
	    "{address: \"%s\"}}\npublications:\n  - {title: T, year: 2000}\n",
	    address);
	cat = testcat(yaml);
	cite_of(&c, cat->pubs[0], &cat->info);
	assert_str(c.place, want);
	assert_int_equal(c.type, CITE_REPORT);
	catalog_free(cat);
}

static void
test_city(void **state)
{
	(void)state;
	assert_city("Publications Unit, 17 route des Morillons, P.O. Box 17, "
	    "1211 Geneva 19, Switzerland", "Geneva");
	assert_city("1 Main St, New York, NY 10001, USA", "NY");
	assert_city("1 Main St, 10001 New York, USA", "New York");
	assert_city("Geneva", NULL);
	assert_city("x, 1211 19, Switzerland", NULL);
	assert_city("x, Geneva 19 Cornavin, Switzerland", NULL);
}

static void
assert_reference(const char *record, enum cite_style st, const char *want,
    const char *italic)
{
	struct catalog	*cat;
	struct cite	 c;
	struct buf	 b = { NULL, 0, 0, false };
	struct mark	 it;
	char		 yaml[1024];

	snprintf(yaml, sizeof(yaml), "catalog: {publisher: \"Org (O)\", "
	    "ordering: {address: \"x, 1 Geneva, CH\"}}\npublications:\n"
	    "  - %s\n", record);
	cat = testcat(yaml);
	cite_of(&c, cat->pubs[0], &cat->info);
	cite_reference(&b, &c, st, &it);
	assert_false(b.oom);
	assert_string_equal(b.p, want);
	assert_int_equal(it.end - it.start, strlen(italic));
	assert_memory_equal(b.p + it.start, italic, strlen(italic));
	buf_free(&b);
	catalog_free(cat);
}

static void
test_apa(void **state)
{
	(void)state;
	assert_reference("{title: \"A \\\"quoted\\\" guide's end\", year: 2009, "
	    "isbn: [\"1\"]}", CITE_APA,
	    "Org. (2009). A \u201cquoted\u201d guide\u2019s end. Org.",
	    "A \u201cquoted\u201d guide\u2019s end");
	assert_reference("{title: \"Why?\", year: 2010}", CITE_APA,
	    "Org. (2010). Why? Org.", "Why?");
}

static void
test_chicago(void **state)
{
	(void)state;
	/* A book: in italics, title case for English. */
	assert_reference("{title: \"the rise of re-trafficking: a study\", "
	    "year: 2009, languages: [English], isbn: [\"1\"]}", CITE_CHICAGO,
	    "Org. 2009. The Rise of Re-Trafficking: A Study. Geneva: Org.",
	    "The Rise of Re-Trafficking: A Study");
	/* A report: quoted, the full stop inside, the last word capped. */
	assert_reference("{title: \"a world to live \\\"in\\\" and on\", "
	    "year: 2009, languages: [English]}", CITE_CHICAGO,
	    "Org. 2009. \u201cA World to Live \u2018in\u2019 and On.\u201d "
	    "Geneva: Org.", "");
	/* Not English: no title case. */
	assert_reference("{title: \"la traite des personnes\", year: 2015, "
	    "languages: [French]}", CITE_CHICAGO,
	    "Org. 2015. \u201cla traite des personnes.\u201d Geneva: Org.", "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_body_name),
		cmocka_unit_test(test_city),
		cmocka_unit_test(test_apa),
		cmocka_unit_test(test_chicago),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
