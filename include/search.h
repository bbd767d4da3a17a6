/*
 * search.h: ranked full-text search.
 *
 * A query is words and "quoted phrases".  Records are ranked by BM25
 * (k1 = 1.2, b = 0.75) over their title, abstract, id and languages,
 * with a hit in the title worth much more than one in the abstract.
 * Words are compared folded (case and accents ignored) and lightly
 * stemmed ("fisher" finds "fishers", "trafficked" finds "trafficking");
 * a hyphenated word matches its parts and its joined form
 * ("re-trafficking", "re trafficking", "retrafficking"); a quoted phrase
 * must appear as such.  Common English, French and Spanish words ("the",
 * "de", "los") are ignored outside phrases.
 *
 * Nothing is indexed ahead of time: a search reads each record's text
 * once, counting only the query's words.
 */
#ifndef IOMPUBS_SEARCH_H
#define IOMPUBS_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "text.h"

struct buf;

#define SEARCH_K1		1.2
#define SEARCH_B		0.75
#define SEARCH_MAX_TERMS	32	/* words in a query, phrases' included */
#define SEARCH_MAX_PHRASE	8	/* words in one phrase */

enum search_status {
	SEARCH_OK,
	SEARCH_EMPTY,		/* nothing to search for (see search_error) */
	SEARCH_BAD,		/* a malformed query (see search_error) */
	SEARCH_NOMEM
};

struct search;

struct search_hit {
	struct pub	*p;
	double		 score;
};

/*
 * Compile the query made of words[0..n) (joined with spaces, so that a
 * phrase may span arguments).  On failure returns NULL and sets *st;
 * for SEARCH_EMPTY and SEARCH_BAD, err says why.
 */
struct search	*search_new(const char *const *words, size_t n,
		    enum search_status *st, char *err, size_t errsize);
void		 search_free(struct search *);

/*
 * Rank the records v[0..n): the ones that match, best first (ties in
 * catalogue order), into a malloc'd array.  False when out of memory.
 */
bool		 search_run(struct search *, struct pub *const *v, size_t n,
		    struct search_hit **hits, size_t *nhits);

/*
 * A one-line extract of p's abstract, about width columns, around the
 * query's words, which it marks; text kept in b.  False on OOM.
 */
bool		 search_snippet(struct search *, const struct pub *p,
		    size_t width, struct buf *b, struct snippet *out);

/* Where the query's words are in s, for highlighting (a marker_fn). */
size_t		 search_marker(void *search, int field, struct str s,
		    struct mark *v, size_t max);

#endif
