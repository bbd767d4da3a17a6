/*
 * num.c: strict base-10 integers.
 */
#include <limits.h>
#include <stddef.h>
#include <string.h>

#include "num.h"

enum num_err
num_parse(const char *s, size_t len, long min, long max, long *out)
{
	unsigned long	 v;
	size_t		 i;
	int		 d;
	int		 over;

	if (len == 0 || (len > 1 && s[0] == '0'))
		return NUM_SYNTAX;
	v = 0;
	over = 0;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return NUM_SYNTAX;
		d = s[i] - '0';
		if (v > ((unsigned long)LONG_MAX - (unsigned long)d) / 10)
			over = 1;
		else
			v = v * 10 + (unsigned long)d;
	}
	if (over || (long)v < min || (long)v > max)
		return NUM_RANGE;
	*out = (long)v;
	return NUM_OK;
}

enum num_err
num_amount(const char *s, size_t len, long *cents)
{
	const char	*dot = len > 0 ? memchr(s, '.', len) : NULL;
	size_t		 ilen = dot != NULL ? (size_t)(dot - s) : len;
	size_t		 flen = dot != NULL ? len - ilen - 1 : 0;
	size_t		 i;
	long		 whole, frac = 0;
	enum num_err	 e;

	if (dot != NULL && (flen < 1 || flen > 2))
		return NUM_SYNTAX;
	for (i = 0; i < 2; i++) {
		frac *= 10;
		if (i >= flen)
			continue;
		if (dot[1 + i] < '0' || dot[1 + i] > '9')
			return NUM_SYNTAX;
		frac += dot[1 + i] - '0';
	}
	if ((e = num_parse(s, ilen, 0, NUM_AMOUNT_MAX, &whole)) != NUM_OK)
		return e;
	*cents = whole * 100 + frac;
	return NUM_OK;
}
