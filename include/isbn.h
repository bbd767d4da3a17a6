/*
 * isbn.h: ISBN and ISSN forms and check digits.
 *
 * Users paste identifiers with or without hyphens or spaces, and in the
 * ten- or thirteen-digit form; isbn_normalize() reduces all of these to
 * one comparable form so that any of them finds the record.
 */
#ifndef IOMPUBS_ISBN_H
#define IOMPUBS_ISBN_H

#include <stdbool.h>
#include <stddef.h>

#define ISBN_NORM_MAX	16

/*
 * Keep the digits (and a final X) of s, dropping hyphens and spaces, and
 * turn a 10-digit ISBN into its 13-digit form.  Returns the length
 * written to out (at least ISBN_NORM_MAX bytes, NUL-terminated), or 0 if
 * s holds anything else or is too long.
 */
size_t	 isbn_normalize(const char *s, size_t len, char *out);

bool	 isbn13_valid(const char *s, size_t len);
bool	 isbn10_valid(const char *s, size_t len);
bool	 issn_valid(const char *s, size_t len);

#endif
