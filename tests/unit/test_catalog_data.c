/*
 * test_catalog_data.c: the shipped catalogue, data/catalog.yaml, as built
 * into the program.
 *
 * The source catalogue (IOM, "Trafficking Publications", January 2019)
 * has one facts line ("YYYY/NNN pages ...") per publication, 39 in all;
 * each must be one record.  Every ISBN-13 and ISSN must have a valid
 * check digit, since users copy them to cite and order.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "builtin.h"
#include "catalog.h"
#include "diag.h"
#include "isbn.h"
#include "load.h"

/* Facts lines in ../shared/seed/000_f86bee1c4a6e914e.txt. */
#define SOURCE_FACTS_LINES	39

static int
setup(void **state)
{
	struct diags	 d;
	struct catalog	*cat;

	cat = catalog_load_memory(BUILTIN_CATALOG_NAME, builtin_catalog,
	    builtin_catalog_size, &d);
	if (cat == NULL || d.n > 0) {
		diags_print(&d, stderr, "catalog.yaml", false);
		catalog_free(cat);
		diags_free(&d);
		return -1;
	}
	diags_free(&d);
	*state = cat;
	return 0;
}

static int
teardown(void **state)
{
	catalog_free(*state);
	return 0;
}

static void
one_record_per_facts_line(void **state)
{
	const struct catalog *cat = *state;

	assert_int_equal(cat->npubs, SOURCE_FACTS_LINES);
}

static void
check_isbns(const struct strlist *l, const struct pub *p)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (!isbn13_valid(l->v[i].ptr, l->v[i].len))
			fail_msg("%s: bad ISBN-13 %s at line %lu", p->id.ptr,
			    l->v[i].ptr, (unsigned long)l->at[i].line);
}

static void
check_digits_valid(void **state)
{
	const struct catalog	*cat = *state;
	const struct pub	*p;
	size_t			 i, j, nisbn = 0, nissn = 0;

	for (i = 0; i < cat->npubs; i++) {
		p = cat->pubs[i];
		check_isbns(&p->isbn, p);
		check_isbns(&p->eisbn, p);
		nisbn += p->isbn.n + p->eisbn.n;
		for (j = 0; j < p->neditions; j++)
			check_isbns(&p->editions[j]->isbn, p);
		if (str_present(p->issn)) {
			nissn++;
			if (!issn_valid(p->issn.ptr, p->issn.len))
				fail_msg("%s: bad ISSN %s", p->id.ptr,
				    p->issn.ptr);
		}
	}
	/* 16 ISBNs and E-ISBNs and 2 ISSNs are printed in the source. */
	assert_int_equal(nisbn, 16);
	assert_int_equal(nissn, 2);
}

static void
every_record_complete(void **state)
{
	const struct catalog	*cat = *state;
	const struct pub	*p;
	size_t			 i;

	for (i = 0; i < cat->npubs; i++) {
		p = cat->pubs[i];
		assert_false(p->id_derived);
		assert_true(p->pages > 0);
		assert_true(p->languages.n > 0);
		assert_non_null(p->abstract.ptr);
		/* No paragraph break left inside a sentence. */
		assert_null(strstr(p->abstract.ptr, " \n"));
		assert_null(strstr(p->abstract.ptr, "\n\n\n"));
	}
}

static void
header_present(void **state)
{
	const struct catalog *cat = *state;

	assert_true(str_eq(cat->info.title, "Trafficking Publications"));
	assert_true(str_eq(cat->info.edition, "January 2019"));
	assert_true(str_eq(cat->info.ordering.email, "pubsales@iom.int"));
	assert_int_equal(cat->info.ordering.currencies.n, 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(one_record_per_facts_line),
		cmocka_unit_test(check_digits_valid),
		cmocka_unit_test(every_record_complete),
		cmocka_unit_test(header_present),
	};

	return cmocka_run_group_tests_name("catalog_data", tests, setup,
	    teardown);
}
