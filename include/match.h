/*
 * match.h: finding the publications a `show` query names.
 *
 * A query names records, best first, by the first of these that finds
 * any: the id; an ISBN, E-ISBN or ISSN, with or without hyphens (an
 * ISBN-10 finds its ISBN-13); the whole title, case and accents ignored;
 * part of the title, titles that start with the query first, then
 * shorter titles.
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
	MATCH_PART_OF_TITLE
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
 * Up to max records whose titles (or ids) look like a misspelling of
 * query, most alike first, for "did you mean".  Returns how many were
 * stored in out, or SIZE_MAX when out of memory.
 */
size_t		 match_suggest(const struct catalog *, const char *query,
		    size_t len, struct pub **out, size_t max);

#endif
