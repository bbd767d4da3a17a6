/*
 * match.h: finding the publications a `show` query names.
 *
 * A query names records, best first, by the first of these that finds
 * any: the id; an ISBN, E-ISBN or ISSN, with or without hyphens (an
 * ISBN-10 finds its ISBN-13); the whole title, case and accents ignored;
 * the start of one id only, if the query has a '-' (as git takes a
 * hash's start); part of the
 * title, titles that start with the query first, then shorter titles.
 * A start shared by several ids, when nothing else matched, is
 * ambiguous: the records are returned for the caller to list.
 *
 * An id cut in a table ends in "…"; the query may too, and means the
 * start of an id.
 */
#ifndef IOMPUBS_MATCH_H
#define IOMPUBS_MATCH_H

#include <stddef.h>

#include "catalog.h"

enum match_how {
	MATCH_NONE,
	MATCH_ID,
	MATCH_IDENTIFIER,	/* ISBN, E-ISBN or ISSN */
	MATCH_TITLE,
	MATCH_ID_PREFIX,	/* the start of one id */
	MATCH_PART_OF_TITLE,
	MATCH_AMBIGUOUS		/* the start of several ids: none shown */
};

struct match {
	enum match_how	 how;
	struct pub	**v;		/* malloc'd, best first */
	size_t		 n;
};

/* Find what query names; false when out of memory. */
bool		 match_find(const struct catalog *, const char *query,
		    size_t len, struct match *);
void		 match_free(struct match *);

/*
 * The one record that query names exactly, for a list of names: an id,
 * an ISBN, E-ISBN or ISSN, or the start of one id if it holds a '-'
 * (so that a title's word is not taken for one).  MATCH_NONE and *p
 * NULL when it names none, MATCH_AMBIGUOUS when the start of several
 * ids (*p the first of them).
 */
enum match_how	 match_name(const struct catalog *, const char *query,
		    size_t len, struct pub **p);

/*
 * Up to max records whose titles (or ids) look like a misspelling of
 * query, most alike first, for "did you mean".  Returns how many were
 * stored in out, or SIZE_MAX when out of memory.
 */
size_t		 match_suggest(const struct catalog *, const char *query,
		    size_t len, struct pub **out, size_t max);

#endif
