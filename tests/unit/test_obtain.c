/*
 * test_obtain.c: how to get a publication, from a record and a header.
 *
 * Each case loads a small catalogue and checks the ways obtain_ways()
 * lists and the exact phrase obtain_text() gives for each, with and
 * without the header's ordering information.
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
#include "obtain.h"
#include "testcat.h"

#define HEADER \
	"catalog:\n" \
	"  title: T\n" \
	"  ordering:\n" \
	"    bookstore: \"http://example.org/shop\"\n" \
	"    email: \"sales@example.org\"\n" \
	"    currencies: [CHF, EUR, USD]\n" \
	"    payment: [credit card, check]\n"

/* The ways for the first record, as "Label: text|Label: text". */
static void
assert_ways(const char *yaml, bool header, const char *want)
{
	struct catalog	*cat = testcat(yaml);
	enum obtain_way	 ways[OBTAIN__COUNT];
	struct obtain	 ob;
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i, n;

	obtain_of(&ob, cat->pubs[0], header ? &cat->info : NULL);
	n = obtain_ways(&ob, ways);
	assert_true(n > 0 && n <= OBTAIN__COUNT);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(&b, "|");
		buf_adds(&b, obtain_label(ways[i]));
		buf_adds(&b, ": ");
		obtain_text(&b, &ob, ways[i]);
	}
	assert_false(b.oom);
	assert_string_equal(b.p, want);
	buf_free(&b);
	catalog_free(cat);
}

static void
test_pdf(void **state)
{
	(void)state;
	assert_ways(HEADER "publications:\n"
	    "  - {title: A, year: 2010, availability: [pdf]}\n", true,
	    "Download: PDF download from the bookstore, "
	    "http://example.org/shop");
	assert_ways(HEADER "publications:\n"
	    "  - {title: A, year: 2010, availability: [pdf]}\n", false,
	    "Download: PDF download");
}

static void
test_hardcopy_priced(void **state)
{
	(void)state;
	assert_ways(HEADER "publications:\n"
	    "  - {title: A, year: 2010, availability: [hardcopy],\n"
	    "     price: {amount: 12.50, currency: EUR}}\n", true,
	    "Order: printed copy, 12.50 EUR; by e-mail to sales@example.org "
	    "or from http://example.org/shop; payment in CHF, EUR or USD by "
	    "credit card or check");
}

static void
test_price_without_availability(void **state)
{
	(void)state;
	assert_ways(HEADER "publications:\n"
	    "  - {title: A, year: 2010, price: {amount: 30, currency: USD}}\n",
	    true,
	    "Order: 30 USD (the catalogue's price; the form is not stated); "
	    "by e-mail to sales@example.org or from http://example.org/shop; "
	    "payment in CHF, EUR or USD by credit card or check"
	    "|Get it: availability not stated in the catalogue; ask "
	    "sales@example.org");
}

static void
test_nothing_stated(void **state)
{
	(void)state;
	assert_ways("publications:\n  - {title: A, year: 2010}\n", true,
	    "Get it: availability not stated in the catalogue");
}

static void
test_ordering(void **state)
{
	struct catalog	*cat;
	struct buf	 b = { NULL, 0, 0, false };

	(void)state;
	cat = testcat(HEADER "publications: []\n");
	obtain_ordering(&b, &cat->info);
	assert_string_equal(b.p, "by e-mail to sales@example.org or from "
	    "http://example.org/shop; payment in CHF, EUR or USD by credit "
	    "card or check");
	buf_reset(&b);
	obtain_ordering(&b, NULL);
	assert_int_equal(b.len, 0);
	buf_free(&b);
	catalog_free(cat);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pdf),
		cmocka_unit_test(test_hardcopy_priced),
		cmocka_unit_test(test_price_without_availability),
		cmocka_unit_test(test_nothing_stated),
		cmocka_unit_test(test_ordering),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
