/*
 * test_expr.c: the filter expression parser (iompubs(1), EXPRESSIONS),
 * through its public face: filter_expr() on a filter, filter_match() on
 * records loaded from a small catalogue, and filter_error() and
 * filter_error_column() when an expression is refused.
 *
 * What is pinned: that "not" binds tighter than "and", and "and" than
 * "or", and parentheses override both; what every operator selects on
 * numbers, text, lists and identifiers, with records on, below and
 * above a bound and records without the field; the spellings the
 * grammar allows (keywords in any case, "==", quotes and their escapes,
 * any blank between tokens, the plural field names' aliases); and every
 * error, with its message and the column it points at.
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
#include "expr.h"
#include "filter.h"
#include "testcat.h"

/*
 * The records, chosen so that each operator and each reading of an
 * expression selects a different set.  Ids are single letters so that
 * a result reads as a word: "ad" is records a and d.
 */
static const char catalogue[] =
    "publications:\n"
    "  - id: a\n"
    "    title: Alpha Report\n"
    "    year: 2001\n"
    "    pages: 10\n"
    "    languages: [English]\n"
    "    isbn: [\"978-92-9068-466-4\"]\n"
    "    price: {amount: 30, currency: USD}\n"
    "    availability: [pdf]\n"
    "  - id: b\n"
    "    title: \"Beta \\u00c9tude\"\n"
    "    year: 2002\n"
    "    pages: 20\n"
    "    languages: [French, Spanish]\n"
    "    issn: \"1607-338X\"\n"
    "    availability: [hardcopy]\n"
    "    editions:\n"
    "      - {year: 2001}\n"
    "      - {year: 2002, pages: 5}\n"
    "  - id: c\n"
    "    title: Gamma\n"
    "    year: 2003\n"
    "    languages: [es]\n"
    "    abstract: Trafficking in the Caribbean\n"
    "    notes: \"say \\\"hi\\\" \\\\ bye\"\n"
    "  - id: d\n"
    "    title: delta report\n"
    "    year: 2001\n"
    "    pages: 20\n"
    "    eisbn: [\"92-9068-466-6\"]\n"
    "    price: {amount: \"12.50\", currency: EUR}\n"
    "    availability: [pdf, hardcopy]\n";

static struct catalog *cat;

static int
setup(void **state)
{
	struct diags	 d;

	(void)state;
	cat = testcat_load(catalogue, strlen(catalogue), &d);
	if (cat == NULL || d.n > 0) {
		diags_print(&d, stderr, "test_expr", false);
		diags_free(&d);
		return -1;
	}
	diags_free(&d);
	return cat->npubs == 4 ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	catalog_free(cat);
	return 0;
}

/* The ids of the records f passes, run together: "ad". */
static const char *
passing(struct filter *f)
{
	static char	 ids[16];
	size_t		 i, n = 0;
	int		 m;

	for (i = 0; i < cat->npubs; i++) {
		m = filter_match(f, cat->pubs[i]);
		assert_true(m == 0 || m == 1);
		if (m)
			ids[n++] = cat->pubs[i]->id.ptr[0];
	}
	ids[n] = '\0';
	return ids;
}

/* The expression must parse, and select exactly the records want. */
static void
expect_ids(const char *expr, const char *want)
{
	struct filter	*f;
	const char	*got;

	assert_non_null(f = filter_new());
	if (filter_expr(f, expr) != FILTER_OK)
		fail_msg("'%s' refused at column %zu: %s", expr,
		    filter_error_column(f), filter_error(f));
	got = passing(f);
	if (strcmp(got, want) != 0)
		fail_msg("'%s' selects \"%s\", want \"%s\"", expr, got, want);
	filter_free(f);
}

/*
 * The expression must be refused with a message that starts with want,
 * at column col; and the filter must be left as it was, empty.
 */
static void
expect_error(const char *expr, size_t col, const char *want)
{
	struct filter	*f;

	assert_non_null(f = filter_new());
	if (filter_expr(f, expr) != FILTER_BAD)
		fail_msg("'%s' accepted; want \"%s\"", expr, want);
	assert_false(filter_oom(f));	/* refused, not out of memory */
	if (strncmp(filter_error(f), want, strlen(want)) != 0)
		fail_msg("'%s': \"%s\", want \"%s...\"", expr, filter_error(f),
		    want);
	if (filter_error_column(f) != col)
		fail_msg("'%s': column %zu, want %zu (%s)", expr,
		    filter_error_column(f), col, filter_error(f));
	assert_true(filter_empty(f));
	filter_free(f);
}

/* As expect_error(), with the whole message. */
static void
expect_message(const char *expr, size_t col, const char *want)
{
	struct filter	*f;

	assert_non_null(f = filter_new());
	assert_int_equal(filter_expr(f, expr), FILTER_BAD);
	assert_string_equal(filter_error(f), want);
	assert_int_equal(filter_error_column(f), col);
	filter_free(f);
}

/*
 * Precedence and grouping.
 */

static void
test_and_binds_tighter_than_or(void **state)
{
	(void)state;
	/* year = 2002 or (year = 2001 and pages = 20): b, d; not a. */
	expect_ids("year = 2002 or year = 2001 and pages = 20", "bd");
	expect_ids("year = 2001 and pages = 20 or year = 2002", "bd");
	expect_ids("(year = 2002 or year = 2001) and pages = 20", "bd");
	expect_ids("(year = 2003 or year = 2001) and pages = 10", "a");
	expect_ids("year = 2003 or year = 2001 and pages = 10", "ac");
	expect_ids("year = 2003 or (year = 2001 and pages = 10)", "ac");
	expect_ids("pages = 10 and (year = 2003 or year = 2001)", "a");
	/* b passes as its edition of 2001 (a record passes by an edition). */
	expect_ids("pages = 10 and year = 2003 or year = 2001", "abd");
}

static void
test_not_binds_tightest(void **state)
{
	(void)state;
	/*
	 * (not year = 2001) and pages = 20: b is seen as its editions,
	 * (2001, 20 pages) and (2002, 5 pages), and neither passes.
	 */
	expect_ids("not year = 2001 and pages = 20", "");
	expect_ids("not year = 2003 and pages = 20", "bd");
	expect_ids("not (year = 2001 and pages = 20)", "abc");
	/* (not year = 2002) or pages = 20. */
	expect_ids("not year = 2002 or pages = 20", "abcd");
	expect_ids("not (year = 2002 or pages = 20)", "ac");
	expect_ids("not not year = 2003", "c");
	expect_ids("not not not year = 2003", "abd");
	expect_ids("not has pages", "c");
	expect_ids("not (has pages)", "c");
}

static void
test_chains_and_nesting(void **state)
{
	(void)state;
	expect_ids("year = 2001 or year = 2002 or year = 2003", "abcd");
	expect_ids("has pages and has price and has availability", "ad");
	expect_ids("((((year = 2003))))", "c");
	expect_ids("(year = 2001) and (pages = 10 or (pages = 20 and "
	    "has eisbn))", "ad");
	/* 64 levels are allowed. */
	expect_ids("((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
	    "(((((((year = 2003)))))))))))))))))))))))))))))))))))))))))))))"
	    ")))))))))))))))))))", "c");
}

/*
 * Operators.
 */

static void
test_numbers_on_and_around_the_bound(void **state)
{
	(void)state;
	/*
	 * pages: a 10, b 20, c none, d 20; b passes as either of its
	 * editions, (2001, 20 pages) and (2002, 5 pages).
	 */
	expect_ids("pages = 20", "bd");
	expect_ids("pages == 20", "bd");
	expect_ids("pages != 20", "abc");
	expect_ids("pages < 20", "ab");
	expect_ids("pages <= 20", "abd");
	expect_ids("pages > 10", "bd");
	expect_ids("pages >= 10", "abd");
	expect_ids("pages < 11", "ab");
	expect_ids("pages <= 9", "b");
	expect_ids("pages <= 4", "");
	expect_ids("pages > 19", "bd");
	expect_ids("pages >= 21", "");
	expect_ids("pages < 1000000000", "abd");
	expect_ids("pages >= 0", "abd");
	/* year: a 2001, b 2002 (editions 2001, 2002), c 2003, d 2001. */
	expect_ids("year < 2002", "abd");
	expect_ids("year <= 2002", "abd");
	expect_ids("year > 2002", "c");
	expect_ids("year >= 2002", "bc");
	expect_ids("year != 2001", "bc");
	/* price: a 30 USD, d 12.50 EUR, b and c none. */
	expect_ids("price = 30", "a");
	expect_ids("price = 12.5", "d");
	expect_ids("price = 12.50", "d");
	expect_ids("price != 30", "bcd");
	expect_ids("price < 30", "d");
	expect_ids("price <= 30", "ad");
	expect_ids("price > 12.50", "a");
	expect_ids("price >= 12.50", "ad");
	expect_ids("price > 12.49", "ad");
	expect_ids("price < 12.51", "d");
	expect_ids("price < 0.01", "");
	/* editions: b has two, the others none. */
	expect_ids("editions = 2", "b");
	expect_ids("editions < 3", "b");
	expect_ids("editions <= 1", "");
	expect_ids("editions > 1", "b");
	expect_ids("editions >= 3", "");
	expect_ids("editions != 2", "acd");
	expect_ids("edition = 2", "b");
}

static void
test_text_operators(void **state)
{
	(void)state;
	/* Equal: whole value, case and accents ignored. */
	expect_ids("title = gamma", "c");
	expect_ids("title = \"BETA ETUDE\"", "b");
	expect_ids("title = 'delta REPORT'", "d");
	expect_ids("title = report", "");
	expect_ids("title != gamma", "abd");
	/* Contains. */
	expect_ids("title : report", "ad");
	expect_ids("title : étu", "b");
	expect_ids("title : ''", "abcd");
	expect_ids("abstract : caribbean", "c");
	expect_ids("notes : 'hi\" \\ bye'", "c");
	/* Regular expressions: case ignored, anywhere in the value. */
	expect_ids("title ~ ^a", "a");
	expect_ids("title ~ 'report$'", "ad");
	expect_ids("title ~ \"^(alpha|gamma)\"", "ac");
	expect_ids("abstract ~ traff", "c");
	/* Folded text compared in order. */
	expect_ids("title < b", "a");
	expect_ids("title <= beta", "a");
	expect_ids("title <= 'beta etude'", "ab");
	expect_ids("title > delta", "cd");
	expect_ids("title >= delta", "cd");
	expect_ids("title > 'delta report'", "c");
	expect_ids("title >= 'delta report'", "cd");
	/* id. */
	expect_ids("id = c", "c");
	expect_ids("id != c", "abd");
	/* Numbers as their decimal text. */
	expect_ids("year : 03", "c");
	expect_ids("year ~ '^200[12]$'", "abd");
	expect_ids("pages : 1", "a");
	expect_ids("price : usd", "a");
	expect_ids("price = eur", "d");
}

static void
test_lists_and_languages(void **state)
{
	(void)state;
	/* Any item may pass; a language by code or any name. */
	expect_ids("languages = fr", "b");
	expect_ids("language = spanish", "bc");
	expect_ids("language = es", "bc");
	expect_ids("language = espagnol", "bc");
	expect_ids("language = English", "a");
	expect_ids("language != english", "bcd");
	expect_ids("language : span", "b");
	expect_ids("availability = pdf", "ad");
	expect_ids("available = HARDCOPY", "bd");
	expect_ids("available != pdf", "bc");
	expect_ids("edition : 2001", "b");
}

static void
test_identifiers(void **state)
{
	(void)state;
	/* The same ISBN however written; an ISBN-10 finds its ISBN-13. */
	expect_ids("isbn = 978-92-9068-466-4", "a");
	expect_ids("isbn = 9789290684664", "a");
	expect_ids("isbn = '978 92 9068 466 4'", "a");
	expect_ids("isbn = 92-9068-466-6", "a");
	expect_ids("isbn = 978-92-9068-466-5", "");
	expect_ids("eisbn = 9789290684664", "d");
	expect_ids("eisbn = 9290684666", "d");
	expect_ids("issn = 1607338x", "b");
	expect_ids("issn = 1607-338X", "b");
	expect_ids("issn = 1607-3380", "");
	expect_ids("isbn : 466", "a");
	expect_ids("isbn != 9789290684664", "bcd");
}

static void
test_has(void **state)
{
	(void)state;
	expect_ids("has pages", "abd");
	expect_ids("has price", "ad");
	expect_ids("has isbn", "a");
	expect_ids("has eisbn", "d");
	expect_ids("has issn", "b");
	expect_ids("has editions", "b");
	expect_ids("has edition", "b");
	expect_ids("has abstract", "c");
	expect_ids("has notes", "c");
	expect_ids("has languages", "abc");
	expect_ids("has language", "abc");
	expect_ids("has available", "abd");
	expect_ids("has title", "abcd");
}

/*
 * count(): every operator on the bound (records with 0, 1 and 2
 * languages), and what it refuses, where.
 */
static void
test_count(void **state)
{
	(void)state;
	expect_ids("count(languages) = 1", "ac");
	expect_ids("count(languages) != 1", "bd");
	expect_ids("count(languages) < 1", "d");
	expect_ids("count(languages) <= 1", "acd");
	expect_ids("count(languages) > 1", "b");
	expect_ids("count(languages) >= 1", "abc");
	expect_ids("count(languages) = 0", "d");
	expect_ids("count(availability) >= 2", "d");
	expect_ids("count(editions) = 2", "b");
	expect_ids("count(languages) < 1000000000", "abcd");
	expect_ids("not count(languages) = 1", "bd");
	expect_error("count(title) > 1", 7, "count() counts the items of a "
	    "list");
	expect_error("count(edition.year) > 1", 7, "count() counts the items "
	    "of a list");
	expect_error("count(languages > 1", 17, "expected ')' to close count(");
	expect_error("count(languages 'x", 17, "unterminated string");
	expect_error("count(languages) ! 2", 18, "'!' must be followed by '='");
	expect_error("count(languages) ~ 2", 18, "count() is compared with = != "
	    "< <= > >=, not '~'");
	expect_error("count(languages) : 2", 18, "count() is compared with = != "
	    "< <= > >=, not ':'");
	expect_error("count(languages)", 17, "count() is compared with = != "
	    "< <= > >=, not 'the end'");
	expect_error("count(languages) > 'x", 20, "unterminated string");
	expect_error("count(languages) > x", 20, "count() is compared with a "
	    "whole number, not 'x'");
	expect_error("count(languages) > -1", 20, "count() is compared with a "
	    "whole number, not '-1'");
	expect_error("count(languages) > 1000000001", 20, "count() is compared "
	    "with a whole number, not '1000000001'");
	expect_error("count(languages) > ", 20, "count() is compared with a "
	    "whole number, not 'the end'");
}

static void
test_spellings(void **state)
{
	(void)state;
	expect_ids("year = 2001 AND pages = 10", "a");
	expect_ids("year = 2003 Or year = 2002", "bc");
	expect_ids("NOT has pages", "c");
	expect_ids("HaS issn", "b");
	expect_ids("year=2001", "abd");
	expect_ids("year==2001", "abd");
	expect_ids("year<=2001", "abd");
	expect_ids("year>=2003", "c");
	expect_ids("year!=2001", "bc");
	expect_ids("title:gamma", "c");
	expect_ids("title~^gam", "c");
	expect_ids("\tyear\n=\r2003 ", "c");
	/* Any blank may come between count and its parenthesis. */
	expect_ids("count(languages) > 1", "b");
	expect_ids("count \t\n\r(languages) > 1", "b");
	expect_ids("count\r(languages) = 1", "ac");
	expect_ids("(year=2003)or(year=2002)", "bc");
	expect_ids("title = \"Alpha Report\"", "a");
	expect_ids("title = 'Alpha Report'", "a");
	expect_ids("notes = 'say \"hi\" \\\\ bye'", "c");
	expect_ids("notes = \"say \\\"hi\\\" \\\\ bye\"", "c");
	/*
	 * A backslash before anything else is itself: the regular
	 * expression gets "rep\.rt", a literal '.', which "report" is not.
	 */
	expect_ids("title ~ 'rep\\.rt'", "");
	expect_ids("title ~ 'rep.rt'", "ad");
	expect_ids("title ~ \"^alpha\\ report$\"", "a");
}

static void
test_expressions_are_ored_and_kinds_anded(void **state)
{
	struct filter	*f;

	(void)state;
	assert_non_null(f = filter_new());
	assert_int_equal(filter_expr(f, "year = 2003"), FILTER_OK);
	assert_int_equal(filter_expr(f, "pages = 10"), FILTER_OK);
	assert_string_equal(passing(f), "ac");
	assert_int_equal(filter_add(f, FILTER_LANGUAGE, "es"), FILTER_OK);
	assert_string_equal(passing(f), "c");
	/* A refused expression leaves the others as they were. */
	assert_int_equal(filter_expr(f, "year ="), FILTER_BAD);
	assert_string_equal(passing(f), "c");
	filter_free(f);
}

static void
test_fields_looked_at(void **state)
{
	struct filter	*f;

	(void)state;
	assert_non_null(f = filter_new());
	assert_int_equal(filter_expr(f, "not (year = 1 or has issn) and "
	    "language = fr"), FILTER_OK);
	assert_int_equal(filter_fields(f), (1u << FIELD_YEAR) |
	    (1u << FIELD_ISSN) | (1u << FIELD_LANGUAGES));
	filter_free(f);
}

/*
 * Errors, each with its column (1-based, in characters).
 */

static void
test_errors_lexical(void **state)
{
	(void)state;
	expect_error("title = \"open", 9, "unterminated string");
	expect_error("title = 'open", 9, "unterminated string");
	expect_error("title = 'it\\'", 9, "unterminated string");
	expect_error("title ! x", 7, "'!' must be followed by '='");
	expect_error("!year", 1, "'!' must be followed by '='");
	expect_error("has 'x", 5, "unterminated string");
	expect_error("year = 1 and title = \"x", 22, "unterminated string");
}

static void
test_errors_fields(void **state)
{
	(void)state;
	expect_error("yaer = 2010", 1,
	    "unknown field 'yaer'; did you mean 'year'?");
	expect_error("year >= 2010 and yaer = 3", 18,
	    "unknown field 'yaer'; did you mean 'year'?");
	expect_error("langauge = fr", 1,
	    "unknown field 'langauge'; did you mean 'language");
	expect_error("has yaer", 5,
	    "unknown field 'yaer'; did you mean 'year'?");
	expect_error("xyzzyq = 1", 1, "unknown field 'xyzzyq'");
	/* Keywords are case-insensitive; field names are not. */
	expect_error("YEAR = 2003", 1,
	    "unknown field 'YEAR'; did you mean 'year'?");
	expect_error("= 2010", 1, "expected a condition, not '='");
	expect_error("has = 1", 5, "expected a field name, not '='");
	expect_error("has", 4, "expected a field name, not 'the end'");
	expect_error("has (year)", 5, "expected a field name, not '('");
	expect_error("'year' = 1", 1, "expected a condition, not ''year''");
}

static void
test_errors_operators_and_values(void **state)
{
	(void)state;
	expect_error("year 2010", 6, "expected an operator (= != < <= > >= "
	    "~ :) here, not '2010'");
	expect_error("year", 5, "expected an operator (= != < <= > >= ~ :) "
	    "here, not 'the end'");
	expect_error("year = ", 8, "expected a value here, not 'the end'");
	expect_error("year = )", 8, "expected a value here, not ')'");
	expect_error("year = and", 8, "");	/* "and" is a keyword */
	expect_error("year = <", 8, "expected a value here, not '<'");
	expect_error("year = x", 8, "a whole number is needed here, not 'x'");
	/* A word runs to a blank, a parenthesis, a quote or an operator. */
	expect_error("year>=2002and has isbn", 7,
	    "a whole number is needed here, not '2002and'");
	expect_error("pages < 12.5", 9,
	    "a whole number is needed here, not '12.5'");
	expect_error("year >= -1", 9,
	    "a whole number is needed here, not '-1'");
	expect_error("editions > many", 12, "'editions' is compared with a "
	    "number of editions, not 'many'");
	expect_error("price < cheap", 9, "a price is compared with an amount "
	    "such as 20 or 12.50, not 'cheap'");
	expect_error("price >= 1.234", 10, "a price is compared with an "
	    "amount");
	expect_error("title ~ '('", 9, "bad regular expression");
	expect_error("year = 1 and abstract ~ \"[z-a]\"", 25,
	    "bad regular expression");
}

static void
test_errors_structure(void **state)
{
	char	 deep[400];
	size_t	 i;

	(void)state;
	expect_error("", 1, "the expression ends where a condition was "
	    "expected");
	expect_error("   ", 4, "the expression ends where a condition was "
	    "expected");
	expect_error("year = 1 and", 13, "the expression ends where a "
	    "condition was expected");
	expect_error("year = 1 or not", 16, "the expression ends where a "
	    "condition was expected");
	expect_error("not", 4, "the expression ends where a condition was "
	    "expected");
	/* An error after two conditions joined: nothing freed twice. */
	expect_error("year = 1 and year = 2 and )", 27,
	    "expected a condition, not ')'");
	expect_error("year = 1 or year = 2 or )", 25,
	    "expected a condition, not ')'");
	expect_error("year = 1 or year = 2 and pages = 3 or yaer = 4", 39,
	    "unknown field 'yaer'");
	expect_error("year = 1 and not not (year = 2 or )", 35,
	    "expected a condition, not ')'");
	expect_error("( )", 3, "expected a condition, not ')'");
	expect_error(") year = 1", 1, "expected a condition, not ')'");
	expect_error("and year = 1", 1, "expected a condition, not 'and'");
	expect_error("(year = 1", 1, "this '(' is not closed");
	expect_error("year = 1 and ((year = 2) or year = 3", 14,
	    "this '(' is not closed");
	expect_error("year = 1)", 9, "this ')' closes nothing");
	expect_error("(year = 1))", 11, "this ')' closes nothing");
	expect_error("year = 1 year = 2", 10,
	    "expected 'and', 'or' or the end, not 'year'");
	expect_error("year = 1 (", 10,
	    "expected 'and', 'or' or the end, not '('");
	expect_error("has pages pages", 11,
	    "expected 'and', 'or' or the end, not 'pages'");

	/* 65 parentheses are too deep; the 65th is pointed at. */
	for (i = 0; i < 65; i++)
		deep[i] = '(';
	strcpy(deep + 65, "year = 1");
	expect_error(deep, 65, "parentheses nested too deep");
	/* 65 nots are too many. */
	deep[0] = '\0';
	for (i = 0; i < 65; i++)
		strcat(deep, "not ");
	strcat(deep, "has isbn");
	expect_error(deep, 257, "too many 'not's");
	/* 64 nots are fine. */
	deep[0] = '\0';
	for (i = 0; i < 64; i++)
		strcat(deep, "not ");
	strcat(deep, "has isbn");
	expect_ids(deep, "a");
}

/* A value in a message is cut at 30 characters or 63 bytes. */
/*
 * Messages that suggest what to write instead quote the operator as
 * written, every one of them ("!=" is not "=").
 */
static void
test_errors_quote_the_operator(void **state)
{
	static const char *const ops[] = { "=", "!=", "<", "<=", ">", ">=" };
	char		 expr[64], want[256];
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		snprintf(expr, sizeof(expr), "editions %s 2012", ops[i]);
		snprintf(want, sizeof(want), "'editions' compared with a "
		    "number counts editions; for an edition's year write "
		    "edition.year %s 2012", ops[i]);
		expect_message(expr, 11 + strlen(ops[i]), want);
	}
	/* Up to 999 it is a count of editions; 1000 is a year. */
	expect_ids("editions <= 999", "b");
	expect_ids("editions != 999", "abcd");
	expect_error("editions = 1000", 12, "'editions' compared with a "
	    "number counts editions");
	for (i = 2; i < sizeof(ops) / sizeof(ops[0]); i++) {
		snprintf(expr, sizeof(expr), "languages %s 2", ops[i]);
		snprintf(want, sizeof(want), "'languages' is a list and %s "
		    "compares text; to compare how many, write "
		    "count(languages) %s 2", ops[i], ops[i]);
		expect_message(expr, 12 + strlen(ops[i]), want);
	}
}

static void
test_error_quotes_values_briefly(void **state)
{
	(void)state;
	expect_message("year = xxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 8,
	    "a whole number is needed here, not "
	    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");
	expect_message("year = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 8,
	    "a whole number is needed here, not "
	    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");
	expect_message("year = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 8,
	    "a whole number is needed here, not "
	    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'");
	expect_message("year = \"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
	    "\x01\x01\x01\x01\x01\"", 8, "a whole number is needed here, "
	    "not '\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01"
	    "\\x01\\x01\\x01\\x01\\x01'");
	expect_message("year = \"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
	    "\x01\x01\x01\x01\x01\x01\"", 8, "a whole number is needed "
	    "here, not '\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01"
	    "\\x01\\x01\\x01\\x01\\x01\\x01...'");
	expect_message("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx = 1", 1,
	    "unknown field 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'");
}

static void
test_error_columns_count_characters(void **state)
{
	(void)state;
	/* "é" is two bytes and one column. */
	expect_error("title = été and yaer = 1", 17, "unknown field 'yaer'");
	expect_error("title : 'ü' 'x'", 13,
	    "expected 'and', 'or' or the end");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_and_binds_tighter_than_or),
		cmocka_unit_test(test_not_binds_tightest),
		cmocka_unit_test(test_chains_and_nesting),
		cmocka_unit_test(test_numbers_on_and_around_the_bound),
		cmocka_unit_test(test_text_operators),
		cmocka_unit_test(test_lists_and_languages),
		cmocka_unit_test(test_identifiers),
		cmocka_unit_test(test_has),
		cmocka_unit_test(test_spellings),
		cmocka_unit_test(test_expressions_are_ored_and_kinds_anded),
		cmocka_unit_test(test_fields_looked_at),
		cmocka_unit_test(test_errors_lexical),
		cmocka_unit_test(test_errors_fields),
		cmocka_unit_test(test_errors_operators_and_values),
		cmocka_unit_test(test_errors_quote_the_operator),
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_errors_structure),
		cmocka_unit_test(test_error_quotes_values_briefly),
		cmocka_unit_test(test_error_columns_count_characters),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
