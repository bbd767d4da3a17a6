/*
 * search_int.h: what the parts of search share, and no one else sees.
 *
 * search.c compiles a query into its model (groups, forms, slots and
 * atoms, below); search_words.c cuts text into words; search_scan.c
 * counts the query's words in the records and ranks them; search_vocab.c
 * reads the words that records have, to correct typos and suggest words;
 * search_snippet.c shows where the words are.  include/search.h is the
 * interface to all of them.
 */
#ifndef IOMPUBS_SEARCH_INT_H
#define IOMPUBS_SEARCH_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "catalog.h"
#include "fold.h"
#include "htab.h"
#include "lexicon.h"
#include "search.h"
#include "stem.h"
#include "text.h"

#define MAX_WORD	(SEARCH_MAX_WORD + 1)
#define MAX_QWORDS	(SEARCH_MAX_TERMS * SEARCH_MAX_PHRASE)
#define SPAN_ITEMS	4	/* typed words a place or term may span */
#define HIST		8	/* recent words kept; >= SEARCH_MAX_PHRASE */
#define SNIPPET_LEAD	24	/* context before the first word found */
#define MAX_FIXES	SEARCH_MAX_TERMS
#define MAX_SUGGEST	5
#define PREFIX_BITS	(1 << 15)
#define ANY_WORD	UINT32_MAX	/* a slot any word fills: "of", "and" */
#define RECENT		256	/* memo entries found without SipHash */

/* What the parts of a match weigh against the word typed. */
#define W_EXACT		1.0f
#define W_SPELLING	0.95f	/* labor for labour */
#define W_STEM		0.9f	/* fisher for fishers */
#define W_DEMONYM	0.9f	/* Ghanaian for Ghana */
#define W_MEMBER	0.8f	/* a country of the region typed */
#define W_FAMILY	0.7f	/* women for woman */
#define W_SAME_LANG	0.6f	/* a synonym in the query's language */
#define W_OTHER_LANG	0.5f	/* a term in another language */
#define W_PARTS		0.4	/* a region's words apart ("the Horn") */

/* The parts of a record that are searched, and what a hit there is worth. */
enum sfield {
	SF_TITLE,
	SF_ABSTRACT,
	SF_LANGUAGES,
	SF_ID,
	SF_COUNTRIES,
	SF__COUNT
};

enum amode {
	AM_EXACT,
	AM_STEM,		/* + enum lex_lang */
	AM_DEMONYM = AM_STEM + LEX__COUNT
};

struct atom {
	char		*text;
	size_t		 len;
	int		 mode;		/* enum amode */
	uint32_t	 slot;
	float		 weight;
};

/*
 * A group counts its forms apart in two channels: what the user typed
 * (with its stems, spellings and family, and a country's names), and
 * what it stands for (its thesaurus terms, a region's countries).  The
 * second saturates apart and weighs less (W_EXPANSIONS), so that many
 * related words never outweigh the words typed.  Not much less: a
 * record that has the concept only in the catalogue's words (the
 * English of a French query, "reintegration" for "go back home") must
 * not lose to one that merely has the words typed (0.4 cost 0.02 of
 * nDCG@10 on the judged queries that users wrote in their own words).
 */
#define NCOUNT		(2 * SEARCH_MAX_TERMS)
#define W_EXPANSIONS	0.8

struct form {
	uint32_t	 slot[SEARCH_MAX_PHRASE];
	uint32_t	 n;
	uint32_t	 group;
	uint32_t	 counter;	/* group * 2 + channel */
	float		 weight;
};

struct group {
	bool		 required;	/* a quoted phrase */
	bool		 typo;		/* one plain word: may be a typo */
	char		*typed;		/* that word, folded */
	const char	*codes;		/* a place: its countries' codes */
	long		 span;		/* several words from this item, or -1 */
	size_t		 nspan;		/* that many items */
	bool		 region;	/* a place of several countries */
	long		 whole;		/* a word of that region's group, or -1 */
	size_t		 nparts;	/* a region's words apart: see add_parts() */
};

/* A word of the query: folded, and as written in lower case. */
struct qword {
	char		 text[MAX_WORD];
	size_t		 len;
	char		 written[MAX_WORD];
	size_t		 wlen;
	char		 shown[MAX_WORD];	/* as typed, to say it back */
	bool		 joined;	/* the joined form of a compound */
	bool		 dropped;	/* a real word that no record has */
	bool		 place;		/* a word of a place's name */
};

/* What the user typed as one word or one quoted phrase. */
struct item {
	bool		 phrase;
	size_t		 first;		/* its words: qw[first..first+n) */
	size_t		 n;
};

/* A distinct word of the records and the slots it fills. */
struct memo_entry {
	char		*word;
	uint32_t	 len;
	uint32_t	 first;		/* its hits: hit[first..first+n) */
	uint32_t	 n;
	uint64_t	 h;
};

struct memo_hit {
	uint32_t	 slot;
	float		 weight;
};

/* A word corrected or left out by search_run(): search_correction. */
struct fix {
	enum search_fix	 kind;
	char		*typed;
	char		*used;
};

#define LANG_CACHE	16

struct langtext {
	struct str	 written;	/* as the record writes it */
	char		*folded;	/* and what to search, folded */
	size_t		 len;
};

struct search {
	char		*query;		/* the words, joined */
	struct search_opts opts;
	struct search_cache *cache;	/* see search_use_cache() */
	struct stemmer	*stemmer;
	bool		 lang[LEX__COUNT];	/* the query's languages */

	struct qword	 qw[MAX_QWORDS];
	size_t		 nqw;
	struct item	 item[MAX_QWORDS];
	size_t		 nitems;
	bool		 split[MAX_QWORDS];	/* no span from this item */

	struct group	 group[SEARCH_MAX_TERMS];
	size_t		 ngroups;
	struct form	*form;
	size_t		 nforms, formcap;
	struct atom	*atom;
	size_t		 natoms, atomcap;
	uint32_t	 nslots;
	uint32_t	*ends;		/* forms by last slot: see index_forms() */
	uint32_t	*byfirst;	/* atoms by first byte: */
	uint32_t	 first_at[257];	/* byfirst[first_at[c]..first_at[c+1]) */
	uint32_t	*ends_at;	/* slot s: ends[ends_at[s]..ends_at[s+1]) */

	/*
	 * Quick rejection: the first three bytes of every atom, hashed (a
	 * stem keeps the first three letters of its word), and the first
	 * two of atoms shorter than three.
	 */
	unsigned char	 prefix3[PREFIX_BITS / 8];
	unsigned char	 prefix2[PREFIX_BITS / 8];
	size_t		 minlen;

	struct htab	 memo;
	uint32_t	 recent[RECENT];	/* see search_memo_get() */
	struct memo_entry *entry;
	size_t		 nentries, entrycap;
	struct memo_hit	*hit;
	size_t		 nhits, hitcap;

	struct fix	 fix[MAX_FIXES];
	size_t		 nfixes;
	struct fix	 nowhere[SEARCH_MAX_TERMS];	/* places no record has */
	size_t		 nnowhere;
	struct search_correction corr[MAX_FIXES + SEARCH_MAX_TERMS];
	char		*suggestion[MAX_SUGGEST];
	size_t		 nsuggestions;

	float		 tf[SF__COUNT][NCOUNT];
	uint32_t	 len[SF__COUNT];

	struct foldbuf	 fb;
	struct foldmap	 fm;
	struct buf	 langs;		/* a record's languages, with names */
	struct langtext	 langcache[LANG_CACHE];	/* see language_text() */
	size_t		 nlangs;
};

/* A word of some text, in folded form (start, end: offsets in it). */
struct word {
	const char	*p;
	size_t		 len;
	size_t		 start;
	size_t		 end;
	bool		 joined;	/* the joined form of a compound */
};

typedef void	 word_fn(void *, const struct word *);

#define NELEM(v)	(sizeof(v) / sizeof((v)[0]))

static inline unsigned char
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/*
 * Three bytes as 15 bits: their low five, which tell the letters apart
 * and are the same in upper and lower case, so that ASCII text needs no
 * folding here.  Digits and other bytes share bits with letters: they
 * only pass more often.
 */
static inline size_t
prefix_bits(unsigned char a, unsigned char b, unsigned char c)
{
	return (size_t)(a & 31) << 10 | (size_t)(b & 31) << 5 | (c & 31);
}

/* search.c: the query. */
bool		 search_grow(void **v, size_t *cap, size_t n, size_t size);
bool		 search_being_typed(const struct search *q, size_t i);
enum search_status search_compile(struct search *q, bool keep_stopwords,
		    char *err, size_t errsize);

/* search_words.c: words. */
extern const unsigned char search_ascii_word[256];
extern const unsigned char search_ascii_between[256];
bool		 search_in_list(const char *const *v, size_t n, const char *w,
		    size_t len);
bool		 search_is_stopword(const struct search *q, const char *w,
		    size_t len);
void		 search_words(const char *s, size_t len, word_fn *fn,
		    void *arg);
bool		 search_stretch_words(struct foldbuf *fb, const char *s,
		    size_t len, size_t start, size_t *end, word_fn *fn,
		    void *arg);
bool		 search_text_words(struct foldbuf *fb, struct str s,
		    word_fn *fn, void *arg);

/* search_scan.c: counting and ranking. */
bool		 search_make_room(struct htab *t, size_t n, const void *v,
		    size_t size, size_t off);
long		 search_memo_get(struct search *q, const char *p, size_t len);

/* search_vocab.c: the words that records have. */
bool		 search_correct(struct search *q, struct pub *const *v,
		    size_t n, const size_t *df, bool *changed);
bool		 search_suggest_words(struct search *q, struct pub *const *v,
		    size_t n);
bool		 search_find_nowhere(struct search *q, const size_t *df);

#endif
