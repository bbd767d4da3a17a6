/*
 * test_rx.c: the guarded regular expressions.  rx_cost() counts plain
 * patterns by their elements, multiplies repetitions ('+' by 2, bounds
 * by the larger one, nested ones together), skips bracket expressions
 * whole, saturates instead of overflowing, and never reads past the
 * pattern however it is broken; back-references are found outside
 * bracket expressions only; a repetition of what can match nothing is
 * refused and any other is not; rx_compile() refuses all of these and
 * reports regcomp()'s errors; rx_exec() matches within the
 * given range and keeps positions relative to the whole string.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "rx.h"

#define TOO_MUCH	(RX_MAX_COST + 1)

static void
test_cost(void **state)
{
	static const struct {
		const char	*re;
		size_t		 cost;
	} cases[] = {
		{ "", 0 },
		{ "abc", 3 },
		{ "^caring$", 8 },
		{ "a*b?", 2 },
		{ "a+", 2 },
		{ "a++", 4 },
		{ "ab+", 3 },
		{ "(ab)+", 4 },
		{ "(ab|cd)", 4 },
		{ "x(ab|cd){3}", 13 },
		{ "a{2,5}", 5 },
		{ "a{7}", 7 },
		{ "a{3,}", 4 },
		{ "a{,4}", 4 },
		{ "(a{1,30}){1,30}", 900 },
		{ "(a{1,40}){1,40}", TOO_MUCH },
		{ "[[:alpha:]]+", 2 },
		{ "[]a(]{9}", 9 },
		{ "[^]]", 1 },
		{ "\\(a\\)+", 4 },
		{ "a{x}", 4 },		/* not a bound: '{' is literal */
		{ "()", 1 },
		{ "a)", 2 },		/* an unmatched ')' is literal */
		{ "((ab", 2 },		/* unclosed: counted closed */
		{ "[ab", 1 },		/* unclosed bracket */
		{ "[[:alpha:", 1 },
		{ "a\\", 2 },
		{ "a{99999999999999999999}", TOO_MUCH },
		{ "a{1,32767}", TOO_MUCH },
		{ "a++++++++++++++++++++++", TOO_MUCH },
		{ "((((((((((a+)+)+)+)+)+)+)+)+)+)+", TOO_MUCH },
		{ "((((((((a+)+)+)+)+)+)+)+)+", 512 },
	};
	size_t	 i, got;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if ((got = rx_cost(cases[i].re)) != cases[i].cost)
			fail_msg("rx_cost(\"%s\") = %zu, expected %zu",
			    cases[i].re, got, cases[i].cost);
}

static void
test_deep_nesting(void **state)
{
	char	 re[2 * 100 + 2];
	size_t	 i;

	(void)state;
	/* 64 groups deep is fine; 65 is refused. */
	for (i = 0; i < 64; i++) {
		re[i] = '(';
		re[64 + 1 + i] = ')';
	}
	re[64] = 'a';
	re[2 * 64 + 1] = '\0';
	assert_int_equal(rx_cost(re), 1);
	for (i = 0; i < 65; i++) {
		re[i] = '(';
		re[65 + 1 + i] = ')';
	}
	re[65] = 'a';
	re[2 * 65 + 1] = '\0';
	assert_int_equal(rx_cost(re), TOO_MUCH);
}

static void
test_backrefs(void **state)
{
	(void)state;
	assert_int_equal(rx_check("(a)\\1"), RX_BACKREF);
	assert_int_equal(rx_check("x\\9"), RX_BACKREF);
	assert_int_equal(rx_check("a\\0"), 0);
	assert_int_equal(rx_check("\\\\1"), 0);	/* "\\" then 1 */
	assert_int_equal(rx_check("[\\1]"), 0);	/* in brackets: literal */
	assert_int_equal(rx_check("a\\"), 0);
	assert_int_equal(rx_check("[[:digit:]\\]1"), 0);
}

/* Repeating what can match nothing: refused, whatever the operator. */
static void
test_empty_repeats(void **state)
{
	static const char *const refused[] = {
		"(x*)+", "x**", "x?*", "^*", "$+", "(a|b*){2}", "(x?){1,5}",
		"\\b+", "\\<*", "(^)+", "()*", "(a|)+", "(|a)?",
		"(a*b*)+", "((x*))+", "(x{0,3})*", "^x*+++++",
	};
	static const char *const fine[] = {
		"a+?", "(a+)?", "(x*y)+", "(^a)+", "x{0,3}", "(ab)*", "a*b*",
		"(a|b)+", "((a*)b)+", "[*]+", "\\*+", "a{2}*", "(a{0,2}b)+",
		"x+{2}",
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
		if (rx_check(refused[i]) != RX_EMPTY_REPEAT)
			fail_msg("\"%s\" was not refused", refused[i]);
	for (i = 0; i < sizeof(fine) / sizeof(fine[0]); i++)
		if (rx_check(fine[i]) != 0)
			fail_msg("\"%s\" was refused (%d)", fine[i],
			    rx_check(fine[i]));
}

static void
test_compile(void **state)
{
	regex_t	 re;
	char	 msg[128];
	int	 rc;

	(void)state;
	assert_int_equal(rx_compile(&re, "Carib+ean"), 0);
	regfree(&re);
	rc = rx_compile(&re, "a{1,32767}");
	assert_int_equal(rc, RX_TOO_COSTLY);
	rx_error(rc, &re, msg, sizeof(msg));
	assert_string_equal(msg, "its repetitions would copy its parts more "
	    "than 1000 times");
	rc = rx_compile(&re, "(.+)+\\1z");
	assert_int_equal(rc, RX_BACKREF);
	rx_error(rc, &re, msg, sizeof(msg));
	assert_string_equal(msg, "back-references such as \\1 are not part "
	    "of extended regular expressions");
	rc = rx_compile(&re, "a(b");
	assert_true(rc != 0 && rc != RX_TOO_COSTLY && rc != REG_ESPACE);
	rx_error(rc, &re, msg, sizeof(msg));
	assert_true(strlen(msg) > 0);
}

static void
test_exec(void **state)
{
	static const char s[] = "Trafficking, trafficked, TRAFFIC";
	regex_t		 re;
	regmatch_t	 m;

	(void)state;
	assert_int_equal(rx_compile(&re, "traffic[a-z]*"), 0);
	/* Case ignored; the first match. */
	m.rm_so = 0;
	m.rm_eo = (regoff_t)strlen(s);
	assert_int_equal(rx_exec(&re, s, &m, 0), 0);
	assert_int_equal(m.rm_so, 0);
	assert_int_equal(m.rm_eo, 11);
	/* From an offset: positions stay those of the whole string. */
	m.rm_so = 11;
	m.rm_eo = (regoff_t)strlen(s);
	assert_int_equal(rx_exec(&re, s, &m, REG_NOTBOL), 0);
	assert_int_equal(m.rm_so, 13);
	assert_int_equal(m.rm_eo, 23);
	m.rm_so = 25;
	m.rm_eo = (regoff_t)strlen(s);
	assert_int_equal(rx_exec(&re, s, &m, REG_NOTBOL), 0);
	assert_int_equal(m.rm_so, 25);
	assert_int_equal(m.rm_eo, 32);
	/* The range ends the string: "TRAFF" is too short for a match. */
	m.rm_so = 0;
	m.rm_eo = 5;
	assert_int_equal(rx_exec(&re, s + 25, &m, 0), REG_NOMATCH);
	/* Nothing left in range. */
	m.rm_so = 26;
	m.rm_eo = (regoff_t)strlen(s);
	assert_int_equal(rx_exec(&re, s, &m, REG_NOTBOL), REG_NOMATCH);
	regfree(&re);
	assert_int_equal(rx_compile(&re, "^traffic"), 0);
	m.rm_so = 13;
	m.rm_eo = (regoff_t)strlen(s);
	assert_int_equal(rx_exec(&re, s, &m, REG_NOTBOL), REG_NOMATCH);
	regfree(&re);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cost),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_backrefs),
		cmocka_unit_test(test_empty_repeats),
		cmocka_unit_test(test_compile),
		cmocka_unit_test(test_exec),
	};

	return cmocka_run_group_tests_name("test_rx", tests, NULL, NULL);
}
