/*
 * validate.h: the checks a catalogue can pass the loader and still fail.
 *
 * The loader refuses what is not a catalogue; these checks find what is
 * a catalogue but probably wrong: identifiers whose check digits do not
 * add up, an ISBN given to two books, a title entered twice, a year or a
 * page count nobody would print, a language no table knows.  Like every
 * module they only add located diagnostics; `iompubs check` prints them,
 * and the other commands use validate_identifiers_ok() on each record as
 * it loads to say once that there is something to look at.
 *
 * Every check is linear in the number of records (hash sets, not pairs),
 * so that a catalogue of millions of records can be checked.
 */
#ifndef IOMPUBS_VALIDATE_H
#define IOMPUBS_VALIDATE_H

#include <stdbool.h>

#include "catalog.h"
#include "diag.h"

/* What to check: bits for validate_catalog(). */
enum validate_what {
	/* Errors: ISBN, E-ISBN and ISSN forms and check digits. */
	VALIDATE_IDENTIFIERS = 1 << 0,
	/* Errors: an ISBN (or E-ISBN) in two records, in any spelling. */
	VALIDATE_DUPLICATE_ISBNS = 1 << 1,
	/* Warnings: two records whose titles differ in case or accents only. */
	VALIDATE_DUPLICATE_TITLES = 1 << 2,
	/* Warnings: years before 1900 or after the catalogue, > 5000 pages. */
	VALIDATE_RANGES = 1 << 3,
	/* Warnings: languages that the ISO 639-1 table does not know. */
	VALIDATE_LANGUAGES = 1 << 4,
	/* countries: ISO 3166-1 alpha-2 codes, as iso-codes lists them */
	VALIDATE_COUNTRIES = 1 << 5,
	VALIDATE_ALL = (1 << 6) - 1
};

#define VALIDATE_YEAR_MIN	1900	/* earlier years are implausible */
#define VALIDATE_PAGES_MAX	5000	/* longer books are implausible */

/*
 * Add a diagnostic to d for every problem of the kinds in what, record by
 * record in catalogue order (a problem spanning two records is reported
 * at the later one, naming the line of the first).  Returns false, with
 * d->oom set, when out of memory.
 */
bool	 validate_catalog(const struct catalog *, struct diags *d,
	    unsigned what);

/*
 * The cheap check for commands that only read the catalogue: true when
 * every ISBN, E-ISBN and ISSN of a record is well formed with a right
 * check digit.  Allocates nothing and stops at the first problem.  Made
 * to be called from struct load_opts' each, while the record is hot.
 */
bool	 validate_identifiers_ok(const struct pub *);

/*
 * The latest plausible year of publication: the last year written in the
 * catalogue's edition ("January 2019"), else the year after this one.
 * *from_edition tells which (it may be NULL).
 */
long	 validate_year_max(const struct catalog *, bool *from_edition);

#endif
