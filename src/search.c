/*
 * search.c: BM25 ranking over titles, abstracts, ids and languages.
 *
 * Text is folded (fold.h), cut into words, and each word lightly
 * stemmed, for the records and the query alike.  A search makes one pass
 * over the records, counting in each field how often each query word
 * (or phrase) occurs and how long the field is; BM25 needs the number of
 * records containing each word and the average field lengths, so the
 * scores are computed once the pass is over.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>

#include "buf.h"
#include "catalog.h"
#include "fold.h"
#include "lang.h"
#include "search.h"
#include "text.h"

#define MAX_WORD	64	/* longer words are compared unstemmed */
#define SNIPPET_LEAD	24	/* context before the first word found */
#define NO_TERM		(-1)

/* The parts of a record that are searched, and what a hit there is worth. */
enum sfield {
	SF_TITLE,
	SF_ABSTRACT,
	SF_LANGUAGES,
	SF_ID,
	SF__COUNT
};

static const double weight[SF__COUNT] = {
	[SF_TITLE] = 3.0,
	[SF_ABSTRACT] = 1.0,
	[SF_LANGUAGES] = 2.0,
	[SF_ID] = 0.5,		/* ids mostly repeat the title's words */
};

/* A word of the query, folded and stemmed. */
struct term {
	char		*text;
	size_t		 len;
};

/* What the user typed as one word or one quoted phrase. */
struct group {
	bool		 required;	/* a quoted phrase: must appear */
	size_t		 first;		/* its words: term[first..first+n) */
	size_t		 n;
	int		 joined;	/* "re-trafficking": term "retrafficking" */
};

#define LANG_CACHE	16

struct langtext {
	struct str	 written;	/* as the record writes it */
	char		*folded;	/* and what to search, folded */
	size_t		 len;
};

struct search {
	struct term	 term[SEARCH_MAX_TERMS * 2];
	size_t		 nterms;
	/*
	 * Quick rejection of the words that cannot be terms, which is
	 * most of them: stemming keeps the first letter and takes off at
	 * most STEM_MAX_CUT bytes.
	 */
	unsigned char	 first[256];	/* some term starts with this byte */
	size_t		 minlen;
	size_t		 maxlen;
	bool		 sequences;	/* some group has several words */
	struct group	 group[SEARCH_MAX_TERMS];
	size_t		 ngroups;
	struct foldbuf	 fb;
	struct foldmap	 fm;
	struct buf	 langs;		/* a record's languages, with names */
	struct langtext	 lang[LANG_CACHE];	/* see language_text() */
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

/*
 * Words: common English, French and Spanish ones are not worth finding,
 * nor the letters left by elisions ("l'OIM", "Aruba's").
 */
static const char *const stopwords[] = {
	"a", "al", "also", "an", "and", "are", "as", "at", "au", "aux", "be",
	"been", "but", "by", "c", "can", "ce", "ces", "d", "de", "del", "des",
	"du", "el", "en", "es", "est", "et", "for", "from", "has", "have",
	"in", "into", "is", "it", "its", "j", "l", "la", "las", "le", "les",
	"lo", "los", "m", "n", "no", "not", "o", "of", "on", "or", "par",
	"para", "por", "pour", "qu", "que", "s", "se", "su", "sur", "t",
	"than", "that", "the", "their", "these", "this", "those", "to",
	"un", "una", "une", "was", "were", "which", "with", "y"
};

static bool
is_stopword(const char *w, size_t len)
{
	size_t	 lo = 0, hi = sizeof(stopwords) / sizeof(stopwords[0]), mid;
	int	 c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strncmp(stopwords[mid], w, len);
		if (c == 0 && stopwords[mid][len] != '\0')
			c = 1;
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

static bool
ends_with(const char *w, size_t len, const char *suffix)
{
	size_t	 n = strlen(suffix);

	return len >= n && memcmp(w + len - n, suffix, n) == 0;
}

/* The most stem() takes off a word: "s" and then "ing", as in "-ings". */
#define STEM_MAX_CUT	4

/*
 * Light stemming, in place: plurals (Harman's S-stemmer) and then -ing
 * and -ed when a stem of four letters or more is left.  Crude for
 * English and cruder for French and Spanish, but the same on both sides
 * of every comparison, which is what matters.
 */
static size_t
stem(char *w, size_t len)
{
	if (len > 4 && ends_with(w, len, "ies") &&
	    !ends_with(w, len, "eies") && !ends_with(w, len, "aies")) {
		w[len - 3] = 'y';
		len -= 2;
	} else if (len > 3 && ends_with(w, len, "es") &&
	    !ends_with(w, len, "aes") && !ends_with(w, len, "ees") &&
	    !ends_with(w, len, "oes"))
		len -= 1;
	else if (len > 3 && w[len - 1] == 's' && !ends_with(w, len, "us") &&
	    !ends_with(w, len, "ss"))
		len -= 1;
	if (len >= 7 && ends_with(w, len, "ing"))
		len -= 3;
	else if (len >= 6 && ends_with(w, len, "ed"))
		len -= 2;
	return len;
}

/*
 * Cutting folded text into words.
 */

/* ASCII letters and digits, upper case too (ASCII text is not folded). */
static const unsigned char ascii_word[128] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
};

/* Bytes of the word character at s[i], 0 if there is none. */
static inline size_t
word_char(const char *s, size_t len, size_t i)
{
	uint32_t	 cp;
	size_t		 n;

	if ((unsigned char)s[i] < 0x80)
		return ascii_word[(unsigned char)s[i]];
	n = text_decode(s + i, len - i, &cp);
	return !(cp & TEXT_BADBYTE) && uc_is_alnum(cp) ? n : 0;
}

static size_t
hyphen(const char *s, size_t len, size_t i)
{
	if (s[i] == '-')
		return 1;
	/* U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN */
	if (len - i >= 3 && (unsigned char)s[i] == 0xe2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x90 || (unsigned char)s[i + 2] == 0x91))
		return 3;
	return 0;
}

/* The word s[start..end), as words() gives it. */
static inline struct word
word_at(const char *s, size_t start, size_t end)
{
	struct word	 w = { s + start, end - start, start, end, false };

	return w;
}

/*
 * Call fn for each word of the folded text s; for a compound such as
 * "re-trafficking", for each part and then for the joined form.
 */
static void
words(const char *s, size_t len, word_fn *fn, void *arg)
{
	char		 joined[MAX_WORD];
	struct word	 w;
	size_t		 i = 0, n, h, jlen, cstart, pstart;
	bool		 fits, compound;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 ? !ascii_word[c] : word_char(s, len, i) == 0) {
			i++;
			continue;
		}
		cstart = i;
		jlen = 0;
		fits = true;
		compound = false;
		for (;;) {
			pstart = i;
			while (i < len) {
				c = (unsigned char)s[i];
				if (c < 0x80) {
					if (!ascii_word[c])
						break;
					i++;
				} else if ((n = word_char(s, len, i)) > 0)
					i += n;
				else
					break;
			}
			w = word_at(s, pstart, i);
			fn(arg, &w);
			if (i >= len || (h = hyphen(s, len, i)) == 0 ||
			    i + h >= len || word_char(s, len, i + h) == 0)
				break;
			/* A compound: keep its parts for the joined form. */
			if (jlen + (i - pstart) < sizeof(joined))
				memcpy(joined + jlen, s + pstart, i - pstart);
			else
				fits = false;
			jlen += i - pstart;
			compound = true;
			i += h;
		}
		if (compound && fits && jlen + w.len < sizeof(joined)) {
			memcpy(joined + jlen, w.p, w.len);
			w.p = joined;
			w.len += jlen;
			w.start = cstart;
			w.end = i;
			w.joined = true;
			fn(arg, &w);
		}
	}
}

/* False for most words that cannot be a term, at the cost of a lookup. */
static inline bool
may_be_term(const struct search *q, unsigned char first, size_t len)
{
	/* Lower case here: ASCII text comes unfolded. */
	if (first >= 'A' && first <= 'Z')
		first += 'a' - 'A';
	return q->first[first] && len >= q->minlen &&
	    len <= q->maxlen + STEM_MAX_CUT;
}

/* The term a word is, or NO_TERM. */
static int
find_term(const struct search *q, const struct word *w)
{
	char	 buf[MAX_WORD];
	size_t	 len = w->len;
	size_t	 i;
	const char *p = w->p;

	if (!may_be_term(q, (unsigned char)w->p[0], len))
		return NO_TERM;
	if (len < sizeof(buf)) {
		/* Lower case here: ASCII text comes unfolded. */
		for (i = 0; i < len; i++) {
			unsigned char c = (unsigned char)w->p[i];
			buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') :
			    c);
		}
		len = stem(buf, len);
		p = buf;
	}
	for (i = 0; i < q->nterms; i++)
		if (q->term[i].len == len && memcmp(q->term[i].text, p, len) == 0)
			return (int)i;
	return NO_TERM;
}

/*
 * Compiling the query.
 */

struct collect {
	struct word	 w[SEARCH_MAX_PHRASE * 2 + 2];
	char		 text[SEARCH_MAX_PHRASE * 2 + 2][MAX_WORD];
	size_t		 n;
	bool		 overflow;
};

static void
collect_word(void *arg, const struct word *w)
{
	struct collect	*c = arg;

	if (c->n == sizeof(c->w) / sizeof(c->w[0]) || w->len >= MAX_WORD) {
		c->overflow = true;
		return;
	}
	memcpy(c->text[c->n], w->p, w->len);
	c->w[c->n] = *w;
	c->w[c->n].p = c->text[c->n];
	c->n++;
}

/* Add a term; returns its index, -1 when out of room, -2 of memory. */
static int
add_term(struct search *q, const char *p, size_t len)
{
	char	*t;

	if (q->nterms == sizeof(q->term) / sizeof(q->term[0]))
		return -1;
	if ((t = malloc(len + 1)) == NULL)
		return -2;
	memcpy(t, p, len);
	len = len < MAX_WORD ? stem(t, len) : len;
	t[len] = '\0';
	q->term[q->nterms].text = t;
	q->term[q->nterms].len = len;
	return (int)q->nterms++;
}

static struct group *
add_group(struct search *q, bool required)
{
	struct group	*g;

	if (q->ngroups == SEARCH_MAX_TERMS)
		return NULL;
	g = &q->group[q->ngroups++];
	g->required = required;
	g->first = q->nterms;
	g->n = 0;
	g->joined = NO_TERM;
	return g;
}

static bool
same_as_earlier(const struct search *q, const struct group *g)
{
	size_t	 i;

	for (i = 0; i + 1 < q->ngroups; i++) {
		const struct group *h = &q->group[i];
		if (h->n == 1 && g->n == 1 && !h->required && !g->required &&
		    strcmp(q->term[h->first].text, q->term[g->first].text) == 0)
			return true;
	}
	return false;
}

/* A group of one word (unless it is a common one). */
static enum search_status
add_single(struct search *q, const struct word *w, bool keep_stopwords)
{
	struct group	*g;
	int		 t;

	if (!keep_stopwords && is_stopword(w->p, w->len))
		return SEARCH_OK;
	if ((g = add_group(q, false)) == NULL)
		return SEARCH_BAD;
	if ((t = add_term(q, w->p, w->len)) < 0) {
		q->ngroups--;
		return t == -2 ? SEARCH_NOMEM : SEARCH_BAD;
	}
	g->n = 1;
	if (same_as_earlier(q, g)) {
		free(q->term[--q->nterms].text);
		q->ngroups--;
	}
	return SEARCH_OK;
}

/*
 * A group of words that must appear in order: a phrase (required), or a
 * compound such as "re-trafficking" (not), which may also appear joined.
 * The words' terms come first, in order, then the joined form's.
 */
static enum search_status
add_sequence(struct search *q, const struct word *const *parts, size_t n,
    const struct word *joined, bool required)
{
	struct group	*g;
	size_t		 i;
	int		 t;

	if (n == 0)
		return SEARCH_OK;
	if (n > SEARCH_MAX_PHRASE)
		return SEARCH_BAD;
	if ((g = add_group(q, required)) == NULL)
		return SEARCH_BAD;
	for (i = 0; i <= n; i++) {
		const struct word *w = i < n ? parts[i] : joined;
		if (w == NULL)
			break;
		if ((t = add_term(q, w->p, w->len)) < 0)
			return t == -2 ? SEARCH_NOMEM : SEARCH_BAD;
		if (i < n)
			g->n++;
		else
			g->joined = t;
	}
	return SEARCH_OK;
}

/* A quoted phrase: its words in order, all required. */
static enum search_status
add_phrase(struct search *q, const struct collect *c)
{
	const struct word	*parts[SEARCH_MAX_PHRASE + 1];
	const struct word	*joined = NULL;
	size_t			 i, n = 0;

	for (i = 0; i < c->n; i++) {
		if (!c->w[i].joined) {
			if (n > SEARCH_MAX_PHRASE)
				return SEARCH_BAD;
			parts[n++] = &c->w[i];
		} else if (c->w[i].start == c->w[0].start &&
		    i + 1 == c->n)
			joined = &c->w[i];	/* the phrase is one compound */
	}
	return add_sequence(q, parts, n, joined, true);
}

/*
 * What was typed as one word may hold several ("cross/border"), some of
 * them compounds ("re-trafficking"), which words() gives as their parts
 * followed by the joined form.
 */
static enum search_status
add_word(struct search *q, const struct collect *c, bool keep_stopwords)
{
	const struct word	*pending[sizeof(c->w) / sizeof(c->w[0])];
	enum search_status	 st = SEARCH_OK;
	size_t			 i, k, npending = 0, first;

	for (i = 0; i < c->n && st == SEARCH_OK; i++) {
		if (!c->w[i].joined) {
			pending[npending++] = &c->w[i];
			continue;
		}
		/* The compound's parts start where its joined form does. */
		for (first = 0; first < npending &&
		    pending[first]->start < c->w[i].start; first++)
			;
		for (k = 0; k < first && st == SEARCH_OK; k++)
			st = add_single(q, pending[k], keep_stopwords);
		if (st == SEARCH_OK)
			st = add_sequence(q, pending + first, npending - first,
			    &c->w[i], false);
		npending = 0;
	}
	for (k = 0; k < npending && st == SEARCH_OK; k++)
		st = add_single(q, pending[k], keep_stopwords);
	return st;
}

/* Add what the user typed as one word, or as one quoted phrase. */
static enum search_status
add_typed(struct search *q, const char *s, size_t len, bool phrase,
    bool keep_stopwords, char *err, size_t errsize)
{
	struct collect		 c;
	struct str		 f;
	enum search_status	 st;

	memset(&c, 0, sizeof(c));
	if ((f = fold(&q->fb, s, len)).ptr == NULL)
		return SEARCH_NOMEM;
	words(f.ptr, f.len, collect_word, &c);
	if (c.overflow)
		st = SEARCH_BAD;
	else
		st = phrase ? add_phrase(q, &c) : add_word(q, &c,
		    keep_stopwords);
	if (st == SEARCH_BAD)
		snprintf(err, errsize, "too many words in the query, or in one "
		    "phrase or hyphenated word (at most %d in all, %d in one)",
		    SEARCH_MAX_TERMS, SEARCH_MAX_PHRASE);
	return st;
}

/* Split the query into phrases and words; keep_stopwords for a rerun. */
static enum search_status
parse(struct search *q, const char *s, bool keep_stopwords, char *err,
    size_t errsize)
{
	enum search_status	 st;
	const char		*end;
	size_t			 i = 0, len = strlen(s);

	while (i < len) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			i++;
			continue;
		}
		if (s[i] == '"') {
			if ((end = memchr(s + i + 1, '"', len - i - 1)) == NULL) {
				snprintf(err, errsize, "a quoted phrase is not "
				    "closed");
				return SEARCH_BAD;
			}
			st = add_typed(q, s + i + 1, (size_t)(end - s) - i - 1,
			    true, true, err, errsize);
			i = (size_t)(end - s) + 1;
		} else {
			size_t start = i;
			while (i < len && s[i] != ' ' && s[i] != '\t' &&
			    s[i] != '\n' && s[i] != '"')
				i++;
			st = add_typed(q, s + start, i - start, false,
			    keep_stopwords, err, errsize);
		}
		if (st != SEARCH_OK)
			return st;
	}
	return SEARCH_OK;
}

static void
clear_terms(struct search *q)
{
	size_t	 i;

	for (i = 0; i < q->nterms; i++)
		free(q->term[i].text);
	q->nterms = q->ngroups = 0;
}

/* Fill the tables find_term() rejects words with. */
static void
index_terms(struct search *q)
{
	size_t	 i;

	q->minlen = SIZE_MAX;
	q->maxlen = 0;
	for (i = 0; i < q->nterms; i++) {
		q->first[(unsigned char)q->term[i].text[0]] = 1;
		if (q->term[i].len < q->minlen)
			q->minlen = q->term[i].len;
		if (q->term[i].len > q->maxlen)
			q->maxlen = q->term[i].len;
	}
	for (i = 0; i < q->ngroups; i++)
		q->sequences |= q->group[i].n > 1;
}

struct search *
search_new(const char *const *argv, size_t argc, enum search_status *st,
    char *err, size_t errsize)
{
	struct search	*q;
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i;

	if ((q = calloc(1, sizeof(*q))) == NULL) {
		*st = SEARCH_NOMEM;
		return NULL;
	}
	for (i = 0; i < argc; i++) {
		if (i > 0)
			buf_adds(&b, " ");
		buf_adds(&b, argv[i]);
	}
	*st = b.oom ? SEARCH_NOMEM : parse(q, b.p != NULL ? b.p : "", false,
	    err, errsize);
	/* Only common words: then they are what the user wants. */
	if (*st == SEARCH_OK && q->ngroups == 0) {
		clear_terms(q);
		*st = parse(q, b.p != NULL ? b.p : "", true, err, errsize);
	}
	if (*st == SEARCH_OK && q->ngroups == 0) {
		snprintf(err, errsize, "nothing to search for: no words in the "
		    "query");
		*st = SEARCH_EMPTY;
	}
	if (*st == SEARCH_OK)
		index_terms(q);
	buf_free(&b);
	if (*st != SEARCH_OK) {
		search_free(q);
		return NULL;
	}
	return q;
}

void
search_free(struct search *q)
{
	size_t	 i;

	if (q == NULL)
		return;
	clear_terms(q);
	for (i = 0; i < q->nlangs; i++)
		free(q->lang[i].folded);
	fold_free(&q->fb);
	foldmap_free(&q->fm);
	buf_free(&q->langs);
	free(q);
}

/*
 * Counting.
 */

/* What one record's pass counts, for each group, in each field. */
struct counts {
	uint32_t	 tf[SF__COUNT][SEARCH_MAX_TERMS];
	uint32_t	 len[SF__COUNT];
};

/* The state of a pass over one field. */
struct scan {
	const struct search *q;
	struct counts	*c;
	enum sfield	 field;
	int		 last[SEARCH_MAX_PHRASE];	/* recent terms, newest at 0 */
};

static bool
tail_matches(const struct scan *sc, const struct group *g)
{
	size_t	 k;

	for (k = 0; k < g->n; k++)
		if (sc->last[g->n - 1 - k] != (int)(g->first + k))
			return false;
	return true;
}

static void
count_word(void *arg, const struct word *w)
{
	struct scan		*sc = arg;
	const struct search	*q = sc->q;
	size_t			 i;
	int			 t;

	t = find_term(q, w);
	if (w->joined) {
		/* "retrafficking" typed alone finds "re-trafficking" too. */
		for (i = 0; t != NO_TERM && i < q->ngroups; i++)
			if (q->group[i].joined == t || (q->group[i].n == 1 &&
			    q->group[i].first == (size_t)t))
				sc->c->tf[sc->field][i]++;
		return;
	}
	sc->c->len[sc->field]++;
	if (q->sequences) {
		memmove(sc->last + 1, sc->last, sizeof(sc->last) -
		    sizeof(sc->last[0]));
		sc->last[0] = t;
	}
	if (t == NO_TERM)
		return;
	for (i = 0; i < q->ngroups; i++) {
		const struct group *g = &q->group[i];
		/* "retrafficking" written whole is "re-trafficking" too. */
		if (g->n == 1 ? g->first == (size_t)t : tail_matches(sc, g) ||
		    g->joined == t)
			sc->c->tf[sc->field][i]++;
	}
}

static bool
is_ascii(struct str s)
{
	uint64_t	 chunk;
	size_t		 i;

	/* Eight bytes at a time: this runs over every abstract. */
	for (i = 0; i + 8 <= s.len; i += 8) {
		memcpy(&chunk, s.ptr + i, 8);
		if (chunk & 0x8080808080808080ull)
			return false;
	}
	for (; i < s.len; i++)
		if ((unsigned char)s.ptr[i] >= 0x80)
			return false;
	return true;
}

/*
 * What words() and count_word() would count, for the text of most
 * fields: ASCII, without hyphens (so without compounds), searched for
 * single words (so no sequence to follow).  Words are then runs of
 * letters and digits, and only the few that may_be_term() lets through
 * need more than a count; this loop runs over every byte of every
 * abstract.
 */
static void
count_plain(struct scan *sc, const char *s, size_t len)
{
	struct word	 w;
	size_t		 i = 0, start;

	for (;;) {
		while (i < len && !ascii_word[(unsigned char)s[i]])
			i++;
		if (i == len)
			break;
		start = i;
		while (i < len && ascii_word[(unsigned char)s[i]])
			i++;
		if (!may_be_term(sc->q, (unsigned char)s[start], i - start)) {
			sc->c->len[sc->field]++;
			continue;
		}
		w = word_at(s, start, i);
		count_word(sc, &w);
	}
}

/* Count in s, which is folded already if folded is set. */
static bool
count_field(struct search *q, struct counts *c, enum sfield field,
    struct str s, bool folded)
{
	struct scan	 sc;
	struct str	 f = s;
	size_t		 i;
	bool		 ascii;

	if (!str_present(s) || s.len == 0)
		return true;
	/* Words compare in lower case: ASCII needs no more folding. */
	ascii = !folded && is_ascii(s);
	if (!folded && !ascii && (f = fold(&q->fb, s.ptr, s.len)).ptr == NULL)
		return false;
	sc.q = q;
	sc.c = c;
	sc.field = field;
	for (i = 0; i < SEARCH_MAX_PHRASE; i++)
		sc.last[i] = NO_TERM;
	if (ascii && !q->sequences && memchr(s.ptr, '-', s.len) == NULL)
		count_plain(&sc, s.ptr, s.len);
	else
		words(f.ptr, f.len, count_word, &sc);
	return true;
}

/*
 * The searchable, folded text for one language as a record writes it:
 * the name as written and, if the table knows it, its code and names.
 * Records share a few languages, so these are made once and kept.
 */
static struct str
language_text(struct search *q, struct str s)
{
	struct langtext		*t;
	const struct lang	*l;
	struct buf		 b = { NULL, 0, 0, false };
	struct str		 f;
	size_t			 i;

	for (i = 0; i < q->nlangs; i++)
		if (str_eq_nocase(q->lang[i].written, s) &&
		    memcmp(q->lang[i].written.ptr, s.ptr, s.len) == 0)
			return str_make(q->lang[i].folded, q->lang[i].len);
	if (lang_find(s.ptr, s.len, &l) == LANG_NOMEM)
		return STR_NONE;
	buf_add(&b, s.ptr, s.len);
	if (l != NULL)
		buf_printf(&b, " %s %s %s %s %s", l->code, l->english,
		    l->french, l->spanish, l->native);
	f = b.oom ? STR_NONE : fold(&q->fb, b.p, b.len);
	buf_free(&b);
	if (f.ptr == NULL)
		return STR_NONE;
	/* A full cache drops an entry: the catalogue outlives the search. */
	i = q->nlangs < LANG_CACHE ? q->nlangs++ : s.len % LANG_CACHE;
	t = &q->lang[i];
	free(t->folded);
	if ((t->folded = malloc(f.len + 1)) == NULL) {
		t->written = STR_NONE;
		t->len = 0;
		return STR_NONE;
	}
	memcpy(t->folded, f.ptr, f.len + 1);
	t->len = f.len;
	t->written = s;
	return str_make(t->folded, t->len);
}

/* A record's languages, folded, with their codes and other names. */
static struct str
languages_text(struct search *q, const struct pub *p)
{
	struct str	 t;
	size_t		 i;

	buf_reset(&q->langs);
	for (i = 0; i < p->languages.n; i++) {
		if ((t = language_text(q, p->languages.v[i])).ptr == NULL)
			return STR_NONE;
		buf_add(&q->langs, t.ptr, t.len);
		buf_adds(&q->langs, " ");
	}
	return q->langs.oom ? STR_NONE : buf_str(&q->langs);
}

static bool
count_record(struct search *q, const struct pub *p, struct counts *c)
{
	struct str	 langs;

	memset(c, 0, sizeof(*c));
	if ((langs = languages_text(q, p)).ptr == NULL)
		return false;
	return count_field(q, c, SF_TITLE, p->title, false) &&
	    count_field(q, c, SF_ABSTRACT, p->abstract, false) &&
	    count_field(q, c, SF_LANGUAGES, langs, true) &&
	    count_field(q, c, SF_ID, p->id, false);
}

/*
 * Ranking.
 */

/*
 * The records with a hit, and their counts until the scores can be
 * computed: for each, how often each group is in each field, then each
 * field's length, packed for the query's few groups rather than the
 * SEARCH_MAX_TERMS of struct counts, since a common word can be in most
 * of a million records.
 */
struct found {
	struct search_hit *hit;
	uint32_t	*count;
	size_t		 stride;	/* counts per hit */
	size_t		 n;
	size_t		 cap;
};

static bool
keep_hit(struct found *fd, struct pub *p, const struct counts *c,
    size_t ngroups)
{
	struct search_hit *h;
	uint32_t	*u;
	size_t		 cap, f, g;

	if (fd->n == fd->cap) {
		cap = fd->cap > 0 ? fd->cap * 2 : 64;
		if (cap > SIZE_MAX / sizeof(*u) / fd->stride)
			return false;
		if ((h = realloc(fd->hit, cap * sizeof(*h))) == NULL)
			return false;
		fd->hit = h;
		if ((u = realloc(fd->count, cap * fd->stride * sizeof(*u))) ==
		    NULL)
			return false;
		fd->count = u;
		fd->cap = cap;
	}
	u = fd->count + fd->n * fd->stride;
	for (f = 0; f < SF__COUNT; f++)
		for (g = 0; g < ngroups; g++)
			*u++ = c->tf[f][g];
	for (f = 0; f < SF__COUNT; f++)
		*u++ = c->len[f];
	fd->hit[fd->n].p = p;
	fd->hit[fd->n++].score = 0;
	return true;
}

static bool
group_in(const struct counts *c, size_t g)
{
	size_t	 f;

	for (f = 0; f < SF__COUNT; f++)
		if (c->tf[f][g] > 0)
			return true;
	return false;
}

/* The score of a hit from its counts, packed as keep_hit() left them. */
static double
bm25(const struct search *q, const uint32_t *count, const double *idf,
    const double *avglen)
{
	const uint32_t	*len = count + SF__COUNT * q->ngroups;
	double		 score = 0, tf, norm;
	size_t		 g, f;

	for (g = 0; g < q->ngroups; g++)
		for (f = 0; f < SF__COUNT; f++) {
			if ((tf = count[f * q->ngroups + g]) == 0)
				continue;
			norm = 1 - SEARCH_B + SEARCH_B * (avglen[f] > 0 ?
			    len[f] / avglen[f] : 1);
			score += idf[g] * weight[f] * tf * (SEARCH_K1 + 1) /
			    (tf + SEARCH_K1 * norm);
		}
	return score;
}

static int
cmp_hit(const void *va, const void *vb)
{
	const struct search_hit	*a = va, *b = vb;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return (a->p->index > b->p->index) - (a->p->index < b->p->index);
}

bool
search_run(struct search *q, struct pub *const *v, size_t n,
    struct search_hit **hits, size_t *nhits)
{
	struct found	 fd;
	struct counts	 c;
	double		 idf[SEARCH_MAX_TERMS], avglen[SF__COUNT];
	double		 total[SF__COUNT] = { 0 };
	size_t		 df[SEARCH_MAX_TERMS] = { 0 };
	size_t		 i, g, f;
	bool		 any, ok;

	*hits = NULL;
	*nhits = 0;
	memset(&fd, 0, sizeof(fd));
	fd.stride = (q->ngroups + 1) * SF__COUNT;
	for (i = 0; i < n; i++) {
		if (!count_record(q, v[i], &c))
			goto oom;
		for (f = 0; f < SF__COUNT; f++)
			total[f] += c.len[f];
		any = false;
		ok = true;
		for (g = 0; g < q->ngroups; g++) {
			bool in = group_in(&c, g);
			df[g] += in;
			any |= in;
			ok &= in || !q->group[g].required;
		}
		if (any && ok && !keep_hit(&fd, v[i], &c, q->ngroups))
			goto oom;
	}
	for (f = 0; f < SF__COUNT; f++)
		avglen[f] = n > 0 ? total[f] / (double)n : 0;
	for (g = 0; g < q->ngroups; g++)
		idf[g] = log(1 + ((double)n - (double)df[g] + 0.5) /
		    ((double)df[g] + 0.5));
	for (i = 0; i < fd.n; i++)
		fd.hit[i].score = bm25(q, fd.count + i * fd.stride, idf,
		    avglen);
	if (fd.n > 1)
		qsort(fd.hit, fd.n, sizeof(*fd.hit), cmp_hit);
	free(fd.count);
	if (fd.n == 0)
		free(fd.hit);
	else
		*hits = fd.hit;
	*nhits = fd.n;
	return true;
oom:
	free(fd.hit);
	free(fd.count);
	return false;
}

/*
 * Showing where the words are.
 */

struct locate {
	const struct search *q;
	const struct foldmap *fm;
	const char	*orig;		/* the unfolded text */
	size_t		 origlen;
	struct mark	*v;
	size_t		 n;
	size_t		 max;
};

/* End, in the original text, of the character folded into byte end-1. */
static size_t
orig_end(const struct locate *lc, size_t end)
{
	uint32_t	 cp;
	size_t		 at = lc->fm->from[end - 1];

	return at + text_decode(lc->orig + at, lc->origlen - at, &cp);
}

static void
locate_word(void *arg, const struct word *w)
{
	struct locate	*lc = arg;
	struct mark	*m;

	if (lc->n == lc->max || find_term(lc->q, w) == NO_TERM)
		return;
	m = &lc->v[lc->n];
	m->start = lc->fm->from[w->start];
	m->end = orig_end(lc, w->end);
	/* A joined form covers its parts, already marked: widen the last. */
	while (w->joined && lc->n > 0 && lc->v[lc->n - 1].start >= m->start)
		lc->n--;
	lc->v[lc->n++] = *m;
}

/* Marks for the query's words in s; returns how many, or SIZE_MAX (OOM). */
static size_t
locate(struct search *q, struct str s, struct mark *v, size_t max)
{
	struct locate	 lc;
	struct str	 f;

	if (!str_present(s) ||
	    (f = fold_mapped(&q->fb, &q->fm, s.ptr, s.len)).ptr == NULL)
		return str_present(s) ? SIZE_MAX : 0;
	lc.q = q;
	lc.fm = &q->fm;
	lc.orig = s.ptr;
	lc.origlen = s.len;
	lc.v = v;
	lc.n = 0;
	lc.max = max;
	words(f.ptr, f.len, locate_word, &lc);
	return lc.n;
}

size_t
search_marker(void *arg, int field, struct str s, struct mark *v,
    size_t max)
{
	(void)field;
	return locate(arg, s, v, max);
}

/* Start the snippet at a word boundary a little before offset at. */
static size_t
snippet_start(struct str s, size_t at)
{
	size_t	 i = at > SNIPPET_LEAD ? at - SNIPPET_LEAD : 0;

	if (i == 0)
		return 0;
	while (i < at && s.ptr[i] != ' ' && s.ptr[i] != '\n')
		i++;
	return i < at ? i + 1 : at;
}

bool
search_snippet(struct search *q, const struct pub *p, size_t width,
    struct buf *b, struct snippet *out)
{
	struct mark	 m[64];
	struct str	 s = p->abstract;
	size_t		 n, i, from, to, best = 0, bestcount = 0, count, k;

	memset(out, 0, sizeof(*out));
	buf_reset(b);
	if (!str_present(s) || s.len == 0)
		return true;
	if ((n = locate(q, s, m, sizeof(m) / sizeof(m[0]))) == SIZE_MAX)
		return false;
	/* The stretch of about width bytes with the most words found. */
	for (i = 0; i < n; i++) {
		for (count = 0, k = i; k < n && m[k].end - m[i].start <= width;
		    k++)
			count++;
		if (count > bestcount) {
			bestcount = count;
			best = i;
		}
	}
	from = n > 0 ? snippet_start(s, m[best].start) : 0;
	to = from + width * 4 < s.len ? from + width * 4 : s.len;
	if (from > 0)
		buf_adds(b, "\xe2\x80\xa6");
	k = b->len;
	for (i = from; i < to; i++)
		buf_add(b, s.ptr[i] == '\n' ? " " : s.ptr + i, 1);
	if (b->oom)
		return false;
	out->text = buf_str(b);
	for (i = 0; i < n && out->nmarks < sizeof(out->mark) /
	    sizeof(out->mark[0]); i++) {
		if (m[i].start < from || m[i].end > to)
			continue;
		out->mark[out->nmarks].start = m[i].start - from + k;
		out->mark[out->nmarks].end = m[i].end - from + k;
		out->nmarks++;
	}
	return true;
}
