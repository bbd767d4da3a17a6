/*
 * test_isbn.c: unit tests for the ISBN and ISSN checks and for
 * isbn_normalize().  Real identifiers from the IOM catalogue must pass
 * their check-digit test and fail it with any one digit changed;
 * normalising drops hyphens and spaces, upper-cases x, turns an ISBN-10
 * into the ISBN-13 that finds the same book, and refuses anything else.
 *
 * Check digits worked by hand:
 *   978-92-9068-466-4: 9+21+8+27+2+27+0+18+8+12+6+18 = 156, 10-6 = 4.
 *   ISBN-10 92-9068-466-?: 90+18+72+0+36+40+16+18+12 = 302 = 5 mod 11,
 *     so the check digit is 6 (302+6 = 308 = 28*11); its ISBN-13 is
 *     978 + 929068466 + 4 = 9789290684664, as above.
 *   978-9968-542-47-0: sum 150, check 0.
 *   ISSN 1813-2278: 8+56+6+15+8+6+14 = 113 = 3 mod 11, check 8.
 *   ISSN 1607-338X: 8+42+0+35+12+9+16 = 122 = 1 mod 11, check 10 = X.
 *   ISBN-10 0-8044-2957-X (check 10) is ISBN-13 978-0-8044-2957-3.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "isbn.h"

typedef bool	 checker(const char *, size_t);

static bool
check(checker *fn, const char *s)
{
	return fn(s, strlen(s));
}

/*
 * Every copy of good with one digit changed (each digit position, every
 * other digit value) must fail fn.
 */
static void
assert_one_digit_changes_fail(checker *fn, const char *good)
{
	char	 s[64];
	size_t	 i, len = strlen(good);
	char	 d;

	assert_true(len < sizeof(s));
	for (i = 0; i < len; i++) {
		if (good[i] < '0' || good[i] > '9')
			continue;
		for (d = '0'; d <= '9'; d++) {
			if (d == good[i])
				continue;
			memcpy(s, good, len + 1);
			s[i] = d;
			if (fn(s, len))
				fail_msg("'%s' (changed from '%s') passed", s,
				    good);
		}
	}
}

static void
test_isbn13_valid(void **state)
{
	(void)state;
	assert_true(check(isbn13_valid, "978-92-9068-466-4"));
	assert_true(check(isbn13_valid, "9789290684664"));
	assert_true(check(isbn13_valid, "978 92 9068 466 4"));
	assert_true(check(isbn13_valid, "978-9968-542-47-0"));
	assert_true(check(isbn13_valid, "978-0-8044-2957-3"));
	assert_one_digit_changes_fail(isbn13_valid, "978-92-9068-466-4");
	assert_one_digit_changes_fail(isbn13_valid, "978-9968-542-47-0");
	/* Wrong length, letters, an X check digit, an ISBN-10. */
	assert_false(check(isbn13_valid, "978-92-9068-466"));
	assert_false(check(isbn13_valid, "978-92-9068-466-44"));
	assert_false(check(isbn13_valid, "978-92-9068-46A-4"));
	assert_false(check(isbn13_valid, "978-92-9068-466-X"));
	assert_false(check(isbn13_valid, "92-9068-466-6"));
	assert_false(check(isbn13_valid, ""));
	/* The length counts, not a NUL. */
	assert_false(isbn13_valid("9789290684664", 12));
}

static void
test_isbn10_valid(void **state)
{
	(void)state;
	assert_true(check(isbn10_valid, "92-9068-466-6"));
	assert_true(check(isbn10_valid, "9290684666"));
	assert_true(check(isbn10_valid, "0-8044-2957-X"));
	assert_true(check(isbn10_valid, "0-8044-2957-x"));
	assert_one_digit_changes_fail(isbn10_valid, "92-9068-466-6");
	assert_false(check(isbn10_valid, "92-9068-466-9"));
	assert_false(check(isbn10_valid, "0-8044-2957-0"));
	/* X only as the check digit. */
	assert_false(check(isbn10_valid, "X2-9068-466-6"));
	assert_false(check(isbn10_valid, "978-92-9068-466-4"));
	assert_false(check(isbn10_valid, ""));
}

static void
test_issn_valid(void **state)
{
	(void)state;
	assert_true(check(issn_valid, "1813-2278"));
	assert_true(check(issn_valid, "18132278"));
	assert_true(check(issn_valid, "1607-338X"));
	assert_true(check(issn_valid, "1607-338x"));
	assert_one_digit_changes_fail(issn_valid, "1813-2278");
	assert_one_digit_changes_fail(issn_valid, "1607-338X");
	assert_false(check(issn_valid, "1607-3380"));
	assert_false(check(issn_valid, "1813-227X"));
	assert_false(check(issn_valid, "1813-227"));
	assert_false(check(issn_valid, "1813-22788"));
	assert_false(check(issn_valid, "X813-2278"));
	assert_false(check(issn_valid, ""));
}

static void
assert_normalizes_to(const char *in, const char *want)
{
	char	 out[ISBN_NORM_MAX];
	size_t	 n;

	memset(out, '#', sizeof(out));
	n = isbn_normalize(in, strlen(in), out);
	if (n != strlen(want))
		fail_msg("isbn_normalize(\"%s\") returned %zu, want %zu "
		    "(\"%s\")", in, n, strlen(want), want);
	assert_string_equal(out, want);
}

static void
assert_refused(const char *in, size_t len)
{
	char	 out[ISBN_NORM_MAX];
	size_t	 n;

	n = isbn_normalize(in, len, out);
	if (n != 0)
		fail_msg("isbn_normalize(\"%.*s\") returned %zu, want 0",
		    (int)len, in, n);
}

static void
test_normalize_separators(void **state)
{
	(void)state;
	assert_normalizes_to("978-92-9068-466-4", "9789290684664");
	assert_normalizes_to("978 92 9068 466 4", "9789290684664");
	assert_normalizes_to(" 978-9968-542-47-0 ", "9789968542470");
	assert_normalizes_to("1607-338x", "1607338X");
	assert_normalizes_to("1607-338X", "1607338X");
	assert_normalizes_to("1813-2278", "18132278");
}

static void
test_normalize_isbn10_to_13(void **state)
{
	(void)state;
	assert_normalizes_to("92-9068-466-6", "9789290684664");
	assert_normalizes_to("9290684666", "9789290684664");
	/* An X check digit is replaced by the ISBN-13 one. */
	assert_normalizes_to("0-8044-2957-X", "9780804429573");
	assert_normalizes_to("0-8044-2957-x", "9780804429573");
	/* A mistyped ISBN-10 must not find some other book. */
	assert_refused("92-9068-466-9", 13);
}

static void
test_normalize_refuses_junk(void **state)
{
	char	 out[ISBN_NORM_MAX];

	(void)state;
	assert_refused("abc", 3);
	assert_refused("", 0);
	assert_refused("978-92-9068-466-4a", 18);
	assert_refused("978_92_9068_466_4", 17);
	assert_refused("ISBN 978-92-9068-466-4", 22);
	/* Longer than any identifier, and than the output buffer. */
	assert_refused("97892906846641234", 17);
	assert_refused("9789290684664978929068466497892906846649", 40);
	/* A NUL inside the given length is junk too. */
	assert_refused("978\0" "9290684664", 14);
	/* Only separators: nothing left to compare. */
	assert_refused("- -", 3);
	/* The output is NUL-terminated. */
	memset(out, '#', sizeof(out));
	assert_int_equal(isbn_normalize("97 8", 4, out), 3);
	assert_string_equal(out, "978");
}

/*
 * isbn.h: "Keep the digits (and a final X) of s ... Returns ... 0 if s
 * holds anything else".  An X that is not the last character is
 * anything else.
 */
static void
test_normalize_x_only_final(void **state)
{
	(void)state;
	/* X is only ever a check digit. */
	assert_refused("1607X338", 8);
	assert_refused("978X290684664", 13);
}

/*
 * Whole classes: for each kind, one identifier with every possible check
 * digit (0 to 9, and X where the kind allows it), among them 979 ISBNs
 * (979-10-90636-07-1) and ISSNs whose check digit is 0 (2049-3630) or X.
 * Each must pass, and fail with its check digit replaced by any other.
 */
static const char *const isbn13_class[] = {
	"9780792440260", "9785260181591", "9782527601892", "9785559797113",
	"9787574911864", "9780313721595", "9784710497466", "9781860913907",
	"9780830166138", "9789935181909",
	"9794852538880", "9795205617481", "9790109281592", "9793537990753",
	"9797500474394", "9791215472805", "9795755131376", "9795711777747",
	"9790139624598", "9790334018789", "979-10-90636-07-1",
};

static const char *const isbn10_class[] = {
	"1740931920", "6751125321", "0718818172", "2077642653", "8296572494",
	"9060443195", "2086828896", "3380141267", "5493066688", "5449920709",
	"400376143X", "4-00-376143-x",
};

static const char *const issn_class[] = {
	"63606070", "87355701", "83623612", "35575913", "27204294",
	"87046555", "44091036", "94130787", "56183658", "49454439",
	"1776467X", "2049-3630", "1607-338X",
};

/* good with its last digit or X replaced by every other one fails fn. */
static void
assert_other_check_digits_fail(checker *fn, const char *good, bool x_ok)
{
	const char	*alphabet = "0123456789X";
	char		 s[64];
	size_t		 len = strlen(good);
	const char	*c;

	assert_true(len > 0 && len < sizeof(s));
	for (c = alphabet; *c != '\0'; c++) {
		if (*c == good[len - 1] || (*c == 'X' && good[len - 1] == 'x'))
			continue;
		if (*c == 'X' && !x_ok)
			continue;
		memcpy(s, good, len + 1);
		s[len - 1] = *c;
		if (fn(s, len))
			fail_msg("'%s' (check digit changed from '%s') passed",
			    s, good);
	}
}

static void
assert_class(checker *fn, const char *const *v, size_t n, bool x_ok)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (!check(fn, v[i]))
			fail_msg("'%s' refused", v[i]);
		assert_other_check_digits_fail(fn, v[i], x_ok);
		assert_one_digit_changes_fail(fn, v[i]);
	}
}

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static void
test_check_digit_classes(void **state)
{
	size_t	 i;

	(void)state;
	assert_class(isbn13_valid, isbn13_class, NELEM(isbn13_class), false);
	assert_class(isbn10_valid, isbn10_class, NELEM(isbn10_class), true);
	assert_class(issn_valid, issn_class, NELEM(issn_class), true);
	/* No class passes another's check. */
	for (i = 0; i < NELEM(isbn13_class); i++)
		assert_false(check(isbn10_valid, isbn13_class[i]) ||
		    check(issn_valid, isbn13_class[i]));
	for (i = 0; i < NELEM(isbn10_class); i++)
		assert_false(check(isbn13_valid, isbn10_class[i]) ||
		    check(issn_valid, isbn10_class[i]));
	for (i = 0; i < NELEM(issn_class); i++)
		assert_false(check(isbn13_valid, issn_class[i]) ||
		    check(isbn10_valid, issn_class[i]));
}

/* An ISBN-10 and its ISBN-13 normalise alike; a 979 ISBN stays itself. */
static void
test_normalize_classes(void **state)
{
	(void)state;
	assert_normalizes_to("400376143X", "9784003761434");
	assert_normalizes_to("4-00-376143-x", "9784003761434");
	assert_normalizes_to("1740931920", "9781740931922");
	assert_normalizes_to("979-10-90636-07-1", "9791090636071");
	assert_normalizes_to("2049-3630", "20493630");
	assert_normalizes_to("1776-467x", "1776467X");
	/* A mistyped ISBN-10 finds nothing, not some other book. */
	assert_refused("4003761430", 10);
	assert_refused("1740931929", 10);
}

/*
 * The characters on either side of the digits and of X ('/' ':' 'W'
 * 'Y', in both cases), and the separators' neighbours ('+' ',' '.'
 * '_'), put in place of a digit or of the check digit, or between two
 * digits, make every identifier refused by every function.
 */
static void
test_neighbours_refused(void **state)
{
	static const char *const good[] = {
		"978-92-9068-466-4", "92-9068-466-6", "0-8044-2957-X",
		"1813-2278", "1607-338X",
	};
	static const char near[] = "/:WYwy+,._@";
	char		 s[64], out[ISBN_NORM_MAX];
	size_t		 g, i, k, len;

	(void)state;
	for (g = 0; g < sizeof(good) / sizeof(good[0]); g++) {
		len = strlen(good[g]);
		for (k = 0; near[k] != '\0'; k++) {
			/* In place of the first digit and of the last. */
			for (i = 0; i < len; i += len - 1) {
				memcpy(s, good[g], len + 1);
				s[i] = near[k];
				if (isbn13_valid(s, len) || isbn10_valid(s, len) ||
				    issn_valid(s, len) ||
				    isbn_normalize(s, len, out) != 0)
					fail_msg("\"%s\" accepted", s);
			}
			/* Between the first two characters. */
			snprintf(s, sizeof(s), "%c%c%s", good[g][0], near[k],
			    good[g] + 1);
			if (isbn13_valid(s, len + 1) ||
			    isbn10_valid(s, len + 1) || issn_valid(s, len + 1) ||
			    isbn_normalize(s, len + 1, out) != 0)
				fail_msg("\"%s\" accepted", s);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_isbn13_valid),
		cmocka_unit_test(test_isbn10_valid),
		cmocka_unit_test(test_issn_valid),
		cmocka_unit_test(test_normalize_separators),
		cmocka_unit_test(test_normalize_isbn10_to_13),
		cmocka_unit_test(test_normalize_refuses_junk),
		cmocka_unit_test(test_normalize_x_only_final),
		cmocka_unit_test(test_check_digit_classes),
		cmocka_unit_test(test_normalize_classes),
		cmocka_unit_test(test_neighbours_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
