/*
 * num.c: strict base-10 integers.
 */
#include <limits.h>
#include <stddef.h>

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
