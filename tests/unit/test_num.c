/*
 * test_num.c: unit tests for num_parse(), the strict base-10 parser,
 * and num_amount(), which reads prices in hundredths.
 * Plain decimal integers are accepted; signs, leading zeros, spaces,
 * fractions, exponents, hex and empty input are syntax errors; numbers
 * outside [min, max], however long, are range errors and never wrap
 * around; the length, not a NUL, ends the input.  An amount has at
 * most two decimals, with digits on both sides of its point.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <string.h>

#include "num.h"

#define SENTINEL	-424242L

/* Parse a C string in [min, max]; *out is SENTINEL unless it parsed. */
static enum num_err
parse(const char *s, long min, long max, long *out)
{
	*out = SENTINEL;
	return num_parse(s, strlen(s), min, max, out);
}

static void
test_accepts_plain_integers(void **state)
{
	long	 v;

	(void)state;
	assert_int_equal(parse("0", 0, 9999, &v), NUM_OK);
	assert_int_equal(v, 0);
	assert_int_equal(parse("2015", 0, 9999, &v), NUM_OK);
	assert_int_equal(v, 2015);
	assert_int_equal(parse("7", 0, 9999, &v), NUM_OK);
	assert_int_equal(v, 7);
	assert_int_equal(parse("1000000", 1, 1000000, &v), NUM_OK);
	assert_int_equal(v, 1000000);
}

static void
test_rejects_bad_syntax(void **state)
{
	static const char *const bad[] = {
		"", "02015", "00", "+5", "-5", "2015.0", "0x7df", "1e3",
		" 2015", "2015 ", "20 15", "2015\n", "\t2015", "x", "0.5",
		"1,000", "١٢"	/* Arabic-Indic digits are not digits here */
	};
	size_t	 i;
	long	 v;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (parse(bad[i], LONG_MIN, LONG_MAX, &v) != NUM_SYNTAX)
			fail_msg("\"%s\" was not refused as NUM_SYNTAX",
			    bad[i]);
		assert_int_equal(v, SENTINEL);
	}
}

static void
test_range_edges(void **state)
{
	long	 v;

	(void)state;
	assert_int_equal(parse("1000", 1000, 9999, &v), NUM_OK);
	assert_int_equal(v, 1000);
	assert_int_equal(parse("9999", 1000, 9999, &v), NUM_OK);
	assert_int_equal(v, 9999);
	assert_int_equal(parse("999", 1000, 9999, &v), NUM_RANGE);
	assert_int_equal(v, SENTINEL);
	assert_int_equal(parse("10000", 1000, 9999, &v), NUM_RANGE);
	assert_int_equal(v, SENTINEL);
	assert_int_equal(parse("0", 1, 10, &v), NUM_RANGE);
	assert_int_equal(parse("11", 1, 10, &v), NUM_RANGE);
}

static void
test_overflow_is_range_not_wrap(void **state)
{
	long	 v;

	(void)state;
	/* 30 digits: far beyond any long. */
	assert_int_equal(parse("123456789012345678901234567890", LONG_MIN,
	    LONG_MAX, &v), NUM_RANGE);
	assert_int_equal(v, SENTINEL);
	/* 2^64 + 2015 would wrap to 2015 in 64-bit unsigned arithmetic. */
	assert_int_equal(parse("18446744073709553631", 0, 9999, &v),
	    NUM_RANGE);
	assert_int_equal(v, SENTINEL);
	/* LONG_MAX itself is fine, one more is not. */
	assert_int_equal(parse("9223372036854775807", 0, LONG_MAX, &v),
	    NUM_OK);
	assert_true(v == LONG_MAX);
	assert_int_equal(parse("9223372036854775808", 0, LONG_MAX, &v),
	    NUM_RANGE);
}

static void
test_length_not_nul_ends_input(void **state)
{
	static const char with_nul[] = { '2', '0', '\0', '5' };
	long	 v = SENTINEL;

	(void)state;
	assert_int_equal(num_parse(with_nul, sizeof(with_nul), 0, 9999, &v),
	    NUM_SYNTAX);
	assert_int_equal(v, SENTINEL);
	/* "20" then NUL: the NUL is part of the input, not its end. */
	assert_int_equal(num_parse(with_nul, 3, 0, 9999, &v), NUM_SYNTAX);
	/* Only the first len bytes count. */
	assert_int_equal(num_parse("2015xyz", 4, 0, 9999, &v), NUM_OK);
	assert_int_equal(v, 2015);
	assert_int_equal(num_parse("2015", 2, 0, 9999, &v), NUM_OK);
	assert_int_equal(v, 20);
	assert_int_equal(num_parse("2015", 0, 0, 9999, &v), NUM_SYNTAX);
}

/* An amount from a C string; *cents is SENTINEL unless it parsed. */
static enum num_err
amount(const char *s, long *cents)
{
	*cents = SENTINEL;
	return num_amount(s, strlen(s), cents);
}

static void
test_amounts(void **state)
{
	static const char *const bad[] = {
		"", ".", ".5", "12.", "12.505", "1,50", "+3", "-3", "03",
		"00.50", "1.5.0", "1 .50", "12.5x", "12.-5", "0x10", "1e3",
		"12. 5"
	};
	long	 c;
	size_t	 i;

	(void)state;
	assert_int_equal(amount("30", &c), NUM_OK);
	assert_int_equal(c, 3000);
	assert_int_equal(amount("12.5", &c), NUM_OK);
	assert_int_equal(c, 1250);
	assert_int_equal(amount("12.05", &c), NUM_OK);
	assert_int_equal(c, 1205);
	assert_int_equal(amount("0.99", &c), NUM_OK);
	assert_int_equal(c, 99);
	assert_int_equal(amount("0", &c), NUM_OK);
	assert_int_equal(c, 0);
	assert_int_equal(amount("999999999.99", &c), NUM_OK);
	assert_int_equal(c, 99999999999L);
	assert_int_equal(amount("1000000000", &c), NUM_RANGE);
	assert_int_equal(c, SENTINEL);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (amount(bad[i], &c) != NUM_SYNTAX)
			fail_msg("\"%s\" was not a syntax error", bad[i]);
		assert_int_equal(c, SENTINEL);
	}
	/* No text at all, not even a pointer. */
	c = SENTINEL;
	assert_int_equal(num_amount(NULL, 0, &c), NUM_SYNTAX);
	assert_int_equal(c, SENTINEL);
	/* The length ends the input: "12.50" read as "12.5". */
	assert_int_equal(num_amount("12.50", 4, &c), NUM_OK);
	assert_int_equal(c, 1250);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_accepts_plain_integers),
		cmocka_unit_test(test_rejects_bad_syntax),
		cmocka_unit_test(test_range_edges),
		cmocka_unit_test(test_overflow_is_range_not_wrap),
		cmocka_unit_test(test_length_not_nul_ends_input),
		cmocka_unit_test(test_amounts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
