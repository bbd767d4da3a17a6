/*
 * isbn.c: ISBN-10, ISBN-13 and ISSN check digits.
 */
#include <string.h>

#include "isbn.h"

/* Digits (and X) of s without separators; 0 if anything else appears. */
static size_t
compact(const char *s, size_t len, char *out, size_t max)
{
	size_t	 i, o = 0;

	for (i = 0; i < len; i++) {
		char c = s[i];
		if (c == '-' || c == ' ')
			continue;
		if (c == 'x')
			c = 'X';
		if (!((c >= '0' && c <= '9') || c == 'X') || o == max)
			return 0;
		out[o++] = c;
	}
	/* X is a check digit: last or nowhere. */
	if (o > 0 && memchr(out, 'X', o - 1) != NULL)
		return 0;
	out[o] = '\0';
	return o;
}

static bool
digits_only(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static char
isbn13_check_digit(const char *d)
{
	int	 i, sum = 0;

	for (i = 0; i < 12; i++)
		sum += (d[i] - '0') * (i % 2 ? 3 : 1);
	return (char)('0' + (10 - sum % 10) % 10);
}

size_t
isbn_normalize(const char *s, size_t len, char *out)
{
	char	 c[ISBN_NORM_MAX];
	size_t	 n;

	n = compact(s, len, c, sizeof(c) - 1);
	if (n == 10 && digits_only(c, 9)) {
		/* A mistyped ISBN-10 must not find some other book. */
		if (!isbn10_valid(c, n))
			return 0;
		/* ISBN-10 to its EAN form: 978, nine digits, new check. */
		memcpy(out, "978", 3);
		memcpy(out + 3, c, 9);
		out[12] = isbn13_check_digit(out);
		out[13] = '\0';
		return 13;
	}
	if (n == 0)
		return 0;
	memcpy(out, c, n + 1);
	return n;
}

bool
isbn13_valid(const char *s, size_t len)
{
	char	 c[ISBN_NORM_MAX];

	if (compact(s, len, c, sizeof(c) - 1) != 13 || !digits_only(c, 13))
		return false;
	return isbn13_check_digit(c) == c[12];
}

bool
isbn10_valid(const char *s, size_t len)
{
	char	 c[ISBN_NORM_MAX];
	int	 i, sum = 0;

	if (compact(s, len, c, sizeof(c) - 1) != 10 || !digits_only(c, 9))
		return false;
	for (i = 0; i < 9; i++)
		sum += (c[i] - '0') * (10 - i);
	sum += c[9] == 'X' ? 10 : c[9] - '0';
	return sum % 11 == 0;
}

bool
issn_valid(const char *s, size_t len)
{
	char	 c[ISBN_NORM_MAX];
	int	 i, sum = 0, check;

	if (compact(s, len, c, sizeof(c) - 1) != 8 || !digits_only(c, 7))
		return false;
	for (i = 0; i < 7; i++)
		sum += (c[i] - '0') * (8 - i);
	check = (11 - sum % 11) % 11;
	return c[7] == (check == 10 ? 'X' : '0' + check);
}
