/*
 * lexicon.h: what search knows about words beyond the records' text.
 *
 * Four tables, generated at build time by tools/gen_lexicon.py so that
 * iompubs reads no data file at run time:
 *  - the countries of ISO 3166-1, from Debian's iso-codes;
 *  - places by every name a user may type: each country's English,
 *    French and Spanish names from iso-codes, with shortened forms
 *    ("Bosnia", "Korea", "Vietnam"), and the regions and common names of
 *    data/places.tsv ("West Africa", "Mekong", "UK");
 *  - the trilingual thesaurus of data/thesaurus.tsv;
 *  - the word families of data/families.tsv ("women", "woman");
 *  - the stopwords: Snowball's for the three languages (Debian's
 *    liblingua-stopwords-perl) and those of data/stopwords.txt.
 * Names and terms are folded (fold.h), their words separated by one space.
 */
#ifndef IOMPUBS_LEXICON_H
#define IOMPUBS_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

enum lex_lang {
	LEX_EN,
	LEX_FR,
	LEX_ES,
	LEX__COUNT
};

struct lex_country {
	const char	*code;		/* ISO 3166-1 alpha-2 */
	const char	*name;		/* its common English name */
};

struct lex_place {
	const char	*name;		/* folded, sorted by strcmp */
	const char	*codes;		/* alpha-2 codes, space-separated */
	int		 region;	/* a region rather than a country */
};

struct lex_term {
	const char	*folded;	/* folded words */
	const char	*written;	/* as written, in lower case */
	int		 set;		/* concept or family number */
	int		 lang;		/* enum lex_lang */
};

extern const struct lex_country	 lex_countries[];
extern const size_t		 lex_ncountries;
extern const struct lex_place	 lex_places[];
extern const size_t		 lex_nplaces;
extern const struct lex_term	 lex_thesaurus[];
extern const size_t		 lex_nthesaurus;
extern const struct lex_term	 lex_families[];
extern const size_t		 lex_nfamilies;
/* A common word, and the queries it is common in. */
struct lex_stopword {
	const char	*word;		/* folded, sorted by strcmp */
	int		 langs;		/* 1 << enum lex_lang; LEX_ANY */
};

#define LEX_ANY		(1 << LEX__COUNT)	/* in a query in any language */

extern const struct lex_stopword lex_stopwords[];
extern const size_t		 lex_nstopwords;

/* The country with this alpha-2 code (any case), or NULL. */
const struct lex_country *lex_country(const char *code, size_t len);

/* The place with this folded name (words separated by one space), or NULL. */
const struct lex_place	 *lex_place(const char *name, size_t len);

/*
 * The countries a user means by s[0..len): an alpha-2 code (any case), a
 * country's name or a region's, as lex_place() knows them, in any case,
 * with or without accents.  Returns their codes, space-separated, or NULL
 * if none or out of memory, which sets *oom (a sticky flag, cli.h: never
 * cleared here).
 */
const char		 *lex_find_place(const char *s, size_t len, bool *oom);

/*
 * The languages (1 << enum lex_lang, or LEX_ANY) in whose queries the
 * folded word w[0..len) is too common to search for ("the", "como"); 0
 * if none.
 */
int			  lex_stopword(const char *w, size_t len);

/* Does the space-separated code list codes hold code? */
bool			  lex_codes_have(const char *codes, const char *code);

#endif
