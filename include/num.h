/*
 * num.h: strict parsing of numbers written by people.
 *
 * Base 10 only, digits only, no sign, no leading zeros, no spaces, no
 * trailing text, and a range check: "0123", "2015.0", "+5", "0x7df" and
 * "1e3" are refused rather than guessed at.
 */
#ifndef IOMPUBS_NUM_H
#define IOMPUBS_NUM_H

#include <stddef.h>

enum num_err {
	NUM_OK = 0,
	NUM_SYNTAX,		/* not a plain base-10 integer */
	NUM_RANGE		/* an integer, outside [min, max] */
};

enum num_err	 num_parse(const char *s, size_t len, long min, long max,
		    long *out);

/*
 * A price as the catalogue writes it, "30", "12.5" or "12.50", in
 * hundredths: the whole part as num_parse() reads it, up to 999999999,
 * then at most two decimals.  ".5", "12.", "12.505" and "1,50" are
 * syntax errors.
 */
#define NUM_AMOUNT_MAX	999999999L
enum num_err	 num_amount(const char *s, size_t len, long *cents);

#endif
