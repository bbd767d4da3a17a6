/*
 * search.h: ranked full-text search that finds what people mean.
 *
 * A query is words, hyphenated words and "quoted phrases".  Each is a
 * concept that a record may have, in its own words or in related ones:
 *  - the same word stemmed by Snowball, in English, and in French or
 *    Spanish when the query is in that language ("fishers", "fisher";
 *    "explotaciones", "explotación");
 *  - its other spelling (labor, labour; center, centre; organization,
 *    organisation; program, programme) and its family when a stemmer
 *    does not see it (women, woman; fisheries, fishing, fishers);
 *  - a country by any of its ISO 3166 names in English, French or Spanish
 *    ("Vietnam", "Viet Nam", "Viêt Nam"), and a region by its countries
 *    ("West Africa" finds Ghana), in the text and in `countries`;
 *  - the concept's terms in the thesaurus, in the three languages
 *    (trafficking, traite, trata).
 * A word that no record has is left out if it is a word of English,
 * French or Spanish (wordlist.h), else taken for a typo and replaced by
 * the nearest word that records have (see search_corrections()).  Each
 * expansion weighs less than the words typed, so an exact form ranks
 * first.  A quoted phrase must appear as such (stemmed, no expansions).
 *
 * Records are ranked by BM25 (k1 = 1.2, b = 0.75) over title, abstract,
 * languages, id and countries, a hit in the title worth most, times the
 * share of the query's concepts that they have, each concept weighing its
 * idf.  Nothing is indexed ahead of time: a search reads each record's
 * text once.
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
#define SEARCH_MAX_TERMS	32	/* concepts in a query */
#define SEARCH_MAX_PHRASE	8	/* words in one phrase */
#define SEARCH_MAX_WORD		63	/* bytes in one word, folded */

enum search_status {
	SEARCH_OK,
	SEARCH_EMPTY,		/* nothing to search for (see search_error) */
	SEARCH_BAD,		/* a malformed query (see search_error) */
	SEARCH_COMMON,		/* only words too common to search for:
				   nothing is found (err names them) */
	SEARCH_NOMEM
};

/* What search_new_opts() may turn off, for --exact and for measuring. */
enum search_off {
	SEARCH_OFF_STEMS	= 1 << 0,	/* Snowball stems */
	SEARCH_OFF_SPELLINGS	= 1 << 1,	/* US and UK spellings */
	SEARCH_OFF_FAMILIES	= 1 << 2,	/* data/families.tsv */
	SEARCH_OFF_THESAURUS	= 1 << 3,	/* data/thesaurus.tsv */
	SEARCH_OFF_PLACES	= 1 << 4,	/* countries and regions */
	SEARCH_OFF_TYPOS	= 1 << 5,	/* correcting unknown words */
	SEARCH_OFF_COVERAGE	= 1 << 6,	/* rank by BM25 alone */
	SEARCH_OFF_ALL		= (1 << 7) - 1
};

struct search_opts {
	unsigned	 off;		/* enum search_off bits */
	/*
	 * The query is being typed (the browser): its last word, unless a
	 * blank follows it, may be half a word, so it is neither corrected
	 * as a typo nor suggested for; the other words are searched as
	 * always, and a query that ends with a blank ranks exactly as
	 * without this.
	 */
	bool		 typing;
};

/* The names of the search_off bits ("stems", ...), for parsing a list. */
unsigned	 search_off_lookup(const char *name, size_t len);

struct search;

struct search_hit {
	struct pub	*p;
	double		 score;
};

/* What search_run() did with a query word or place that no record has. */
enum search_fix {
	SEARCH_FIX_TYPO,	/* searched for used, the nearest word, instead */
	SEARCH_FIX_LEFT_OUT,	/* a real word (wordlist.h): searched without */
	SEARCH_FIX_NOWHERE	/* a place no record is about: typed is its
				   name, used a country's code (NULL for
				   a region) */
};

struct search_correction {
	enum search_fix	 kind;
	const char	*typed;		/* folded, or a place's name */
	const char	*used;		/* NULL for SEARCH_FIX_LEFT_OUT */
};

/*
 * Compile the query made of words[0..n) (joined with spaces, so that a
 * phrase may span arguments).  On failure returns NULL and sets *st;
 * for SEARCH_EMPTY, SEARCH_BAD and SEARCH_COMMON, err says why.  opts
 * may be NULL.
 */
struct search	*search_new(const char *const *words, size_t n,
		    enum search_status *st, char *err, size_t errsize);
struct search	*search_new_opts(const char *const *words, size_t n,
		    const struct search_opts *opts, enum search_status *st,
		    char *err, size_t errsize);
void		 search_free(struct search *);

/*
 * Rank the records v[0..n): the ones that match, best first (ties in
 * catalogue order), into a malloc'd array.  False when out of memory.
 */
bool		 search_run(struct search *, struct pub *const *v, size_t n,
		    struct search_hit **hits, size_t *nhits);

/*
 * What searches over the same records can share between queries: the
 * words the records have (to correct typos and suggest words), read once
 * rather than once per query.  For a program that runs many queries over
 * one catalogue (the browser).  Results are the same with or without
 * one; it is read again whenever search_run() gets other records.
 */
struct search_cache;

struct search_cache *search_cache_new(void);
void		 search_cache_free(struct search_cache *);

/* Read the words of v[0..n) now, so that no query pays for it. */
bool		 search_cache_fill(struct search_cache *, struct pub *const *v,
		    size_t n);

/* Let the search use c (NULL: none) in search_run(); c outlives it. */
void		 search_use_cache(struct search *, struct search_cache *c);

/*
 * The words corrected or left out by the last search_run(), then the
 * places that no record is about; owned by the search.
 */
const struct search_correction *search_corrections(const struct search *,
		    size_t *n);

/*
 * When the last search_run() found nothing: words that records have and
 * that look like the query's, owned by the search; *n may be 0.
 */
const char *const *search_suggestions(const struct search *, size_t *n);

/*
 * A one-line extract of p's abstract, about width columns, around the
 * query's words, which it marks; text kept in b.  False on OOM.
 */
bool		 search_snippet(struct search *, const struct pub *p,
		    size_t width, struct buf *b, struct snippet *out);

/* Where the query's words are in s, for highlighting (a marker_fn). */
size_t		 search_marker(void *search, int field, struct str s,
		    struct mark *v, size_t max, bool *oom);

#endif
