/*
 * filter.h: which publications to keep.
 *
 * A filter is a tree of conditions on fields.  The command-line filters
 * (--year, --language, ...) each add a condition to a group of their
 * kind: conditions of one kind are or-ed, the groups are and-ed.  The
 * tree is general enough for filter expressions to build into it too.
 */
#ifndef IOMPUBS_FILTER_H
#define IOMPUBS_FILTER_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"

enum filter_status {
	FILTER_OK = 0,
	FILTER_BAD		/* not added: filter_oom() or filter_error() */
};

enum filter_kind {
	FILTER_YEAR,
	FILTER_LANGUAGE,
	FILTER_AVAILABLE,
	FILTER_HAS,
	FILTER_TITLE,
	FILTER_GREP,
	FILTER_COUNTRY,
	FILTER_EXPR,
	FILTER__KINDS
};

struct filter;

struct filter		*filter_new(void);
void			 filter_free(struct filter *);

/*
 * Add one condition of the given kind:
 *   FILTER_YEAR       "2015", "2010..2015", "2016..", "..2009"
 *   FILTER_LANGUAGE   a language name or ISO 639-1 code
 *   FILTER_AVAILABLE  "pdf" or "hardcopy"
 *   FILTER_HAS        "isbn", "issn", "price" or any other field name
 *                     (as field_find() takes it)
 *   FILTER_TITLE      text the title must contain (case and accents ignored)
 *   FILTER_GREP       a POSIX extended regular expression, case ignored,
 *                     matched against title and abstract
 *   FILTER_COUNTRY    an ISO 3166-1 alpha-2 code, a country's name or a
 *                     region's (lexicon.h), found in countries
 * (FILTER_EXPR is the group of filter_expr(), in expr.h.)
 */
enum filter_status	 filter_add(struct filter *, enum filter_kind,
			    const char *arg);

/*
 * Out of memory (cli.h): the filter's sticky flag, set by whatever call
 * ran out; a FILTER_BAD, a match or marks given after it mean nothing.
 */
bool			 filter_oom(const struct filter *);

/* The message for the last FILTER_BAD, e.g. "bad year range '20x5'". */
const char		*filter_error(const struct filter *);

/* For an expression (expr.h), the column (1-based) of the error. */
size_t			 filter_error_column(const struct filter *);

/* The fields the conditions look at, as 1 << enum field bits. */
unsigned		 filter_fields(const struct filter *);

/* True if no condition was added. */
bool			 filter_empty(const struct filter *);

/*
 * Does p pass?  Returns 1 or 0 (0 too when out of memory: folding text
 * may allocate), or FILTER_COSTLY when matching a regular expression took
 * more steps than rx.h allows (filter_costly_field() says where).
 */
#define FILTER_COSTLY	(-2)
int			 filter_match(struct filter *, const struct pub *);
int			 filter_costly_field(const struct filter *);

/*
 * Where the text conditions (--title, --grep) match in s, the text of
 * field, for highlighting: at most max byte ranges, sorted and merged.
 * filter_marker() is the same as a marker_fn (out.h), for struct out.
 */
size_t			 filter_marks(struct filter *, int field, struct str s,
			    struct mark *v, size_t max);
size_t			 filter_marker(void *, int, struct str, struct mark *,
			    size_t, bool *oom);

#endif
