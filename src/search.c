/*
 * search.c: finding what a query means, and ranking it.
 *
 * A query is compiled into groups (one per concept the user typed), each
 * group into forms (the sequences of words that say it: "viet nam",
 * "vietnam", "trata de personas"), each word of a form into a slot, and
 * each slot into atoms: the ways a word of a record may fill it (exactly,
 * by an English, French or Spanish stem, as the start of a demonym),
 * each with a weight below 1 for anything but the word typed.
 *
 * A search makes one pass over the records.  Most words of a record are
 * turned away by their first two bytes (no atom starts with them); the
 * others are looked up in a memo that says, for each distinct word, which
 * slots it fills, so that each is stemmed once per search.  A form is
 * found when its last slot is filled and the words before filled the
 * others.  Each group then has a weighted count in each field, and the
 * records are ranked by BM25 once the pass is over.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>

#include "buf.h"
#include "catalog.h"
#include "fold.h"
#include "htab.h"
#include "lang.h"
#include "lexicon.h"
#include "search.h"
#include "stem.h"
#include "suggest.h"
#include "text.h"
#include "wordlist.h"

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

static const double weight[SF__COUNT] = {
	[SF_TITLE] = 3.0,
	[SF_ABSTRACT] = 1.0,
	[SF_LANGUAGES] = 2.0,
	[SF_ID] = 0.5,		/* ids mostly repeat the title's words */
	[SF_COUNTRIES] = 2.0,	/* what the record is about, said once */
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
 * related words never outweigh the words typed.
 */
#define NCOUNT		(2 * SEARCH_MAX_TERMS)
#define W_EXPANSIONS	0.4

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
	uint32_t	 recent[RECENT];	/* see memo_get() */
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

/* Words that say which language a query is in. */
static const char *const french_cues[] = {
	"au", "aux", "avec", "dans", "des", "du", "et", "la", "le", "les",
	"pour", "sur", "une"
};
static const char *const spanish_cues[] = {
	"con", "del", "el", "la", "las", "los", "para", "por", "sobre",
	"una", "y"
};

static bool
in_list(const char *const *v, size_t n, const char *w, size_t len)
{
	size_t	 lo = 0, hi = n, mid;
	int	 c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strncmp(v[mid], w, len);
		if (c == 0 && v[mid][len] != '\0')
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

#define NELEM(v)	(sizeof(v) / sizeof((v)[0]))

/*
 * Common words (lexicon.h) are not worth finding: those of every query,
 * and those of the query's languages.
 */
static bool
is_stopword(const struct search *q, const char *w, size_t len)
{
	int	 langs = lex_stopword(w, len);
	size_t	 l;

	for (l = 0; l < LEX__COUNT; l++)
		if (q->lang[l] && (langs & 1 << l))
			return true;
	return langs & LEX_ANY;
}

/*
 * Cutting folded text into words.
 */

/*
 * ASCII letters and digits, upper case too (ASCII text is not folded);
 * other bytes are not.
 */
static const unsigned char ascii_word[256] = {
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

/*
 * The query model: atoms, slots, forms and groups.
 */

static bool
grow(void **v, size_t *cap, size_t n, size_t size)
{
	void	*p;
	size_t	 c;

	if (n < *cap)
		return true;
	c = *cap > 0 ? *cap * 2 : 64;
	if (c > SIZE_MAX / size || (p = realloc(*v, c * size)) == NULL)
		return false;
	*v = p;
	*cap = c;
	return true;
}

static uint32_t
new_slot(struct search *q)
{
	return q->nslots++;
}

/* Let a word fill slot: a word equal to text (mode AM_EXACT) or ... */
static bool
add_atom(struct search *q, uint32_t slot, int mode, const char *text,
    size_t len, float w)
{
	struct atom	*a;
	size_t		 i;

	if (len == 0 || len >= MAX_WORD)
		return true;
	for (i = q->natoms; i-- > 0 && q->atom[i].slot == slot;) {
		a = &q->atom[i];
		if (a->mode == mode && a->len == len &&
		    memcmp(a->text, text, len) == 0) {
			if (w > a->weight)
				a->weight = w;
			return true;
		}
	}
	if (!grow((void **)&q->atom, &q->atomcap, q->natoms, sizeof(*a)))
		return false;
	a = &q->atom[q->natoms];
	if ((a->text = malloc(len + 1)) == NULL)
		return false;
	memcpy(a->text, text, len);
	a->text[len] = '\0';
	a->len = len;
	a->mode = mode;
	a->slot = slot;
	a->weight = w;
	q->natoms++;
	return true;
}

/* Stem atoms for a word, folded and as written, in language l. */
static bool
add_stems(struct search *q, uint32_t slot, enum lex_lang l, const char *w,
    size_t len, const char *written, size_t wlen, float wt)
{
	char	 s[STEM_MAX];
	size_t	 n;

	if ((n = stem_word(q->stemmer, l, w, len, s)) == SIZE_MAX ||
	    !add_atom(q, slot, AM_STEM + (int)l, s, n, wt))
		return false;
	if (written == NULL || (wlen == len && memcmp(w, written, len) == 0))
		return true;
	if ((n = stem_word(q->stemmer, l, written, wlen, s)) == SIZE_MAX)
		return false;
	return add_atom(q, slot, AM_STEM + (int)l, s, n, wt);
}

/* A word's exact atom and, unless turned off, its stems. */
static bool
add_word_atoms(struct search *q, uint32_t slot, const char *w, size_t len,
    const char *written, size_t wlen, int lang, float wt)
{
	size_t	 l;

	if (!add_atom(q, slot, AM_EXACT, w, len, wt))
		return false;
	if (q->opts.off & SEARCH_OFF_STEMS)
		return true;
	for (l = 0; l < LEX__COUNT; l++)
		if ((lang >= 0 ? (int)l == lang : q->lang[l]) &&
		    !add_stems(q, slot, (enum lex_lang)l, w, len, written,
		    wlen, wt * W_STEM))
			return false;
	return true;
}

static bool
add_form(struct search *q, uint32_t group, const uint32_t *slots, size_t n,
    float w, bool expansion)
{
	struct form	*f;

	if (n == 0 || n > SEARCH_MAX_PHRASE)
		return true;
	if (!grow((void **)&q->form, &q->formcap, q->nforms, sizeof(*f)))
		return false;
	f = &q->form[q->nforms++];
	memcpy(f->slot, slots, n * sizeof(*slots));
	f->n = (uint32_t)n;
	f->group = group;
	f->counter = group * 2 + expansion;
	f->weight = w;
	return true;
}

static bool	 add_family_of(struct search *, uint32_t, const char *, size_t);

/*
 * A form made of the words of folded (words separated by spaces), each
 * word matched exactly or, for written in language lang, by its stem.
 */
static bool
add_text_form(struct search *q, uint32_t group, const char *folded,
    const char *written, int lang, bool demonym, float w)
{
	uint32_t	 slots[SEARCH_MAX_PHRASE];
	const char	*p = folded, *e;
	size_t		 n = 0, k;

	while (*p != '\0') {
		if ((e = strchr(p, ' ')) == NULL)
			e = p + strlen(p);
		if (n == SEARCH_MAX_PHRASE)
			return true;
		/*
		 * Little words ("Trinidad and Tobago", "trata de personas")
		 * take any word: they would otherwise stop most words of
		 * every record at the memo.
		 */
		if (is_stopword(q, p, (size_t)(e - p)))
			slots[n] = ANY_WORD;
		else if ((slots[n] = new_slot(q), lang >= 0)) {
			if (!add_word_atoms(q, slots[n], p, (size_t)(e - p),
			    NULL, 0, lang, 1) ||
			    !add_family_of(q, slots[n], p, (size_t)(e - p)))
				return false;
		} else if (!add_atom(q, slots[n], AM_EXACT, p, (size_t)(e - p),
		    1))
			return false;
		n++;
		p = *e == ' ' ? e + 1 : e;
	}
	/* Not first nor last: a form is found by its last word. */
	while (n > 0 && slots[n - 1] == ANY_WORD)
		n--;
	for (k = 0; k < n && slots[k] == ANY_WORD; k++)
		;
	memmove(slots, slots + k, (n - k) * sizeof(*slots));
	n -= k;
	/* "Ghanaian" for Ghana, "Cambodian" for Cambodia. */
	if (demonym && n == 1 && strlen(folded) >= 4 &&
	    !add_atom(q, slots[0], AM_DEMONYM, folded, strlen(folded),
	    W_DEMONYM))
		return false;
	(void)written;
	return add_form(q, group, slots, n, w, w < W_EXACT);
}

/*
 * Other spellings.
 */

/* US and UK endings, each way: labor, labour; centre, center; ... */
static const char *const spellings[][2] = {
	{ "our", "or" }, { "ours", "ors" }, { "oured", "ored" },
	{ "ouring", "oring" }, { "isation", "ization" },
	{ "isations", "izations" }, { "ise", "ize" }, { "ised", "ized" },
	{ "ises", "izes" }, { "ising", "izing" }, { "tre", "ter" },
	{ "tres", "ters" }, { "tred", "tered" }, { "ogue", "og" },
	{ "ogues", "ogs" }, { "ence", "ense" }, { "amme", "am" },
	{ "ammes", "ams" }, { "yse", "yze" }, { "lled", "led" },
	{ "lling", "ling" }
};

static bool
add_spellings(struct search *q, uint32_t slot, const char *w, size_t len)
{
	char	 v[MAX_WORD];
	size_t	 i, k, a, b;

	for (i = 0; i < NELEM(spellings); i++)
		for (k = 0; k < 2; k++) {
			a = strlen(spellings[i][k]);
			b = strlen(spellings[i][!k]);
			if (len < a + 3 || len - a + b >= sizeof(v) ||
			    memcmp(w + len - a, spellings[i][k], a) != 0)
				continue;
			memcpy(v, w, len - a);
			memcpy(v + len - a, spellings[i][!k], b);
			if (!add_word_atoms(q, slot, v, len - a + b, NULL, 0,
			    LEX_EN, W_SPELLING))
				return false;
		}
	return true;
}

/* Is the folded word w (or its English stem) a term of the table? */
static bool
term_is(struct search *q, const struct lex_term *t, const struct qword *w,
    size_t nw)
{
	char		 a[STEM_MAX], b[STEM_MAX];
	const char	*p = t->folded, *e;
	size_t		 i, n, m, l;

	for (i = 0; i < nw; i++) {
		if (*p == '\0')
			return false;
		if ((e = strchr(p, ' ')) == NULL)
			e = p + strlen(p);
		l = (size_t)(e - p);
		if (!(l == w[i].len && memcmp(p, w[i].text, l) == 0)) {
			/* A stem keeps its word's first two letters. */
			if (q->opts.off & SEARCH_OFF_STEMS || l < 2 ||
			    w[i].len < 2 || p[0] != w[i].text[0] ||
			    p[1] != w[i].text[1])
				return false;
			n = stem_word(q->stemmer, (enum lex_lang)t->lang, p, l,
			    a);
			m = stem_word(q->stemmer, (enum lex_lang)t->lang,
			    w[i].text, w[i].len, b);
			if (n == SIZE_MAX || m == SIZE_MAX || n != m ||
			    memcmp(a, b, n) != 0)
				return false;
		}
		p = *e == ' ' ? e + 1 : e;
	}
	return *p == '\0';
}

static bool
add_family(struct search *q, uint32_t slot, const struct qword *w)
{
	size_t	 i, k;

	for (i = 0; i < lex_nfamilies; i++) {
		if (!term_is(q, &lex_families[i], w, 1))
			continue;
		for (k = 0; k < lex_nfamilies; k++)
			if (lex_families[k].set == lex_families[i].set &&
			    k != i && !add_word_atoms(q, slot,
			    lex_families[k].folded,
			    strlen(lex_families[k].folded),
			    lex_families[k].written,
			    strlen(lex_families[k].written), LEX_EN,
			    W_FAMILY))
				return false;
		break;
	}
	return true;
}

/* The family of a word of the lexicon: "children" for "child". */
static bool
add_family_of(struct search *q, uint32_t slot, const char *w, size_t len)
{
	struct qword	 qw;

	if (q->opts.off & SEARCH_OFF_FAMILIES || len >= MAX_WORD)
		return true;
	memset(&qw, 0, sizeof(qw));
	memcpy(qw.text, w, len);
	qw.len = len;
	return add_family(q, slot, &qw);
}

/* The thesaurus concept of the words w[0..n), or -1. */
static int
concept_of(struct search *q, const struct qword *w, size_t n)
{
	size_t	 i;

	if (q->opts.off & SEARCH_OFF_THESAURUS)
		return -1;
	for (i = 0; i < lex_nthesaurus; i++)
		if (term_is(q, &lex_thesaurus[i], w, n))
			return lex_thesaurus[i].set;
	return -1;
}

/* The concept's other terms, as forms of group g. */
static bool
add_concept(struct search *q, uint32_t g, int concept)
{
	const struct lex_term	*t;
	size_t			 i;
	float			 w;

	for (i = 0; i < lex_nthesaurus; i++) {
		t = &lex_thesaurus[i];
		if (t->set != concept)
			continue;
		w = q->lang[t->lang] ? W_SAME_LANG : W_OTHER_LANG;
		if (!add_text_form(q, g, t->folded, t->written, t->lang,
		    false, w))
			return false;
	}
	return true;
}

/* Every name of the place with exactly these codes, as forms of g. */
static bool
add_names(struct search *q, uint32_t g, const char *codes, int region,
    float w)
{
	size_t	 i;

	for (i = 0; i < lex_nplaces; i++)
		if (lex_places[i].region == region &&
		    strcmp(lex_places[i].codes, codes) == 0 &&
		    !add_text_form(q, g, lex_places[i].name, NULL, -1, !region,
		    w))
			return false;
	return true;
}

static bool
add_place(struct search *q, uint32_t g, const struct lex_place *pl)
{
	bool		 member[26 * 26];
	const char	*c;
	size_t		 i;

	if (!add_names(q, g, pl->codes, pl->region, W_EXACT))
		return false;
	if (!pl->region)
		return true;
	/* The names of its countries, in one pass over the table. */
	memset(member, 0, sizeof(member));
	for (c = pl->codes; *c != '\0'; c += c[2] == ' ' ? 3 : 2)
		if (c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z')
			member[(c[0] - 'A') * 26 + (c[1] - 'A')] = true;
	for (i = 0; i < lex_nplaces; i++) {
		c = lex_places[i].codes;
		if (!lex_places[i].region && c[2] == '\0' &&
		    c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' &&
		    member[(c[0] - 'A') * 26 + (c[1] - 'A')] &&
		    !add_text_form(q, g, lex_places[i].name, NULL, -1, true,
		    W_MEMBER))
			return false;
	}
	return true;
}

/*
 * Compiling the query.
 */

static struct group *
add_group(struct search *q, bool required)
{
	struct group	*g;

	if (q->ngroups == SEARCH_MAX_TERMS)
		return NULL;
	g = &q->group[q->ngroups++];
	memset(g, 0, sizeof(*g));
	g->required = required;
	g->span = -1;
	g->whole = -1;
	return g;
}

/* The words w[0..n) as one form of group g, stemmed (or not). */
static bool
add_words_form(struct search *q, const struct qword *w,
    size_t n, bool expand, float wt)
{
	uint32_t	 slots[SEARCH_MAX_PHRASE];
	size_t		 i;

	if (n > SEARCH_MAX_PHRASE)
		return false;
	for (i = 0; i < n; i++) {
		slots[i] = new_slot(q);
		if (!add_word_atoms(q, slots[i], w[i].text, w[i].len,
		    w[i].written, w[i].wlen, -1, W_EXACT))
			return false;
		if (expand && !(q->opts.off & SEARCH_OFF_SPELLINGS) &&
		    !add_spellings(q, slots[i], w[i].text, w[i].len))
			return false;
		if (expand && n == 1 && !(q->opts.off & SEARCH_OFF_FAMILIES) &&
		    !add_family(q, slots[i], &w[i]))
			return false;
	}
	return add_form(q, (uint32_t)(q->ngroups - 1), slots, n, wt, false);
}

/*
 * The place or thesaurus term that the plain words w[0..n) name, if any:
 * a group with the words themselves and what they stand for.
 */
static enum search_status
add_concept_group(struct search *q, const struct qword *w, size_t n,
    bool quoted, bool *found)
{
	char			 key[MAX_WORD * SPAN_ITEMS * 2];
	const struct lex_place	*pl = NULL;
	size_t			 i, len = 0;
	int			 concept;

	*found = false;
	for (i = 0; i < n; i++) {
		if (len + w[i].len + 1 >= sizeof(key))
			return SEARCH_OK;
		if (i > 0)
			key[len++] = ' ';
		memcpy(key + len, w[i].text, w[i].len);
		len += w[i].len;
	}
	key[len] = '\0';
	if (!(q->opts.off & SEARCH_OFF_PLACES))
		pl = lex_place(key, len);
	/* In quotes, a place is the place; a term is only its words. */
	concept = pl == NULL && !quoted ? concept_of(q, w, n) : -1;
	if (pl == NULL && concept < 0)
		return SEARCH_OK;
	*found = true;
	if (add_group(q, quoted) == NULL)
		return SEARCH_BAD;
	if (!add_words_form(q, w, n, n == 1 && !quoted, W_EXACT))
		return SEARCH_NOMEM;
	if (pl != NULL && !add_place(q, (uint32_t)(q->ngroups - 1), pl))
		return SEARCH_NOMEM;
	if (pl != NULL) {
		q->group[q->ngroups - 1].codes = pl->codes;
		q->group[q->ngroups - 1].region = pl->region;
	}
	if (concept >= 0 && !add_concept(q, (uint32_t)(q->ngroups - 1),
	    concept))
		return SEARCH_NOMEM;
	return SEARCH_OK;
}

/* The plain words qw[first..first+n) of one item, joined form left out. */
static size_t
item_words(const struct search *q, const struct item *it, const struct qword
    **w)
{
	size_t	 n = it->n;

	*w = &q->qw[it->first];
	if (n > 1 && q->qw[it->first + n - 1].joined)
		n--;
	return n;
}

/*
 * Whether qw[i] is a word still being typed: one of the query's last
 * item, with no blank after it, when the query is being typed.
 */
static bool
being_typed(const struct search *q, size_t i)
{
	const struct item *last;
	size_t		 len = strlen(q->query);

	if (!q->opts.typing || q->nitems == 0 || len == 0)
		return false;
	last = &q->item[q->nitems - 1];
	return !last->phrase && i >= last->first &&
	    strchr(" \t\n", q->query[len - 1]) == NULL;
}

static enum search_status
add_plain(struct search *q, const struct item *it, bool keep_stopwords)
{
	const struct qword	*w;
	struct group		*g;
	size_t			 n = item_words(q, it, &w);
	bool			 found;
	enum search_status	 st;

	if (n == 1) {
		if (!keep_stopwords && is_stopword(q, w->text, w->len))
			return SEARCH_OK;
		if ((st = add_concept_group(q, w, 1, false, &found)) !=
		    SEARCH_OK)
			return st;
		if (found && q->group[q->ngroups - 1].codes != NULL) {
			/* Its name as typed, for find_nowhere(). */
			q->qw[it->first].place = true;
			g = &q->group[q->ngroups - 1];
			if ((g->typed = strdup(w->shown)) == NULL)
				return SEARCH_NOMEM;
		}
		if (found)
			return SEARCH_OK;
		if ((g = add_group(q, false)) == NULL)
			return SEARCH_BAD;
		g->typo = !being_typed(q, it->first);
		if ((g->typed = malloc(w->len + 1)) == NULL)
			return SEARCH_NOMEM;
		memcpy(g->typed, w->text, w->len);
		g->typed[w->len] = '\0';
		return add_words_form(q, w, 1, true, W_EXACT) ? SEARCH_OK :
		    SEARCH_NOMEM;
	}
	/* A compound: its parts in order, or joined ("retrafficking"). */
	if ((g = add_group(q, false)) == NULL)
		return SEARCH_BAD;
	if (!add_words_form(q, w, n, true, W_EXACT))
		return SEARCH_NOMEM;
	if (it->n > n && !add_words_form(q, &q->qw[it->first + n], 1, false,
	    W_SPELLING))
		return SEARCH_NOMEM;
	return SEARCH_OK;
}

/*
 * A place or thesaurus term typed as several words ("West Africa",
 * "trata de personas") is one concept: the longest that starts at item i,
 * if any.  Returns how many items it takes (0: none).
 */
static size_t
try_span(struct search *q, size_t i, enum search_status *st)
{
	struct qword	 w[SPAN_ITEMS * SEARCH_MAX_PHRASE];
	const struct qword *iw;
	size_t		 k, j, n, m;
	bool		 found;

	*st = SEARCH_OK;
	for (k = SPAN_ITEMS; k >= 2 && !q->split[i]; k--) {
		if (i + k > q->nitems)
			continue;
		for (n = 0, j = i; j < i + k; j++) {
			if (q->item[j].phrase)
				break;
			m = item_words(q, &q->item[j], &iw);
			memcpy(w + n, iw, m * sizeof(*w));
			n += m;
		}
		if (j < i + k || n > SEARCH_MAX_PHRASE)
			continue;
		if ((*st = add_concept_group(q, w, n, false, &found)) !=
		    SEARCH_OK)
			return 0;
		if (found) {
			q->group[q->ngroups - 1].span = (long)i;
			q->group[q->ngroups - 1].nspan = k;
			for (j = i; j < i + k &&
			    q->group[q->ngroups - 1].codes != NULL; j++)
				for (m = 0; m < q->item[j].n; m++)
					q->qw[q->item[j].first + m].place =
					    true;
			return k;
		}
	}
	return 0;
}

static enum search_status
add_phrase(struct search *q, const struct item *it)
{
	const struct qword	*w;
	size_t			 n = item_words(q, it, &w);
	enum search_status	 st;
	bool			 found;

	if (n == 0)
		return SEARCH_OK;
	if (n > SEARCH_MAX_PHRASE)
		return SEARCH_BAD;
	/* "West Africa" in quotes is West Africa, its countries too. */
	if ((st = add_concept_group(q, w, n, true, &found)) != SEARCH_OK ||
	    found)
		return st;
	if (add_group(q, true) == NULL)
		return SEARCH_BAD;
	/* One word in quotes is only that word; a compound may be joined. */
	if (!add_words_form(q, w, n, false, W_EXACT) ||
	    (it->n > n && !add_words_form(q, &q->qw[it->first + n], 1, false,
	    W_EXACT)))
		return SEARCH_NOMEM;
	return SEARCH_OK;
}

/*
 * Parsing what was typed into items and their words.
 */

struct collect {
	struct search	*q;
	const struct foldmap *fm;
	const char	*orig;
	size_t		 origlen;
	bool		 overflow;
	bool		 toolong;
};

/* The word's original bytes in lower case, accents kept, NFC. */
static void
written_form(struct collect *c, const struct word *w, struct qword *qw)
{
	uint8_t		*r;
	size_t		 from, to, n = sizeof(qw->written) - 1;
	uint32_t	 cp;

	from = c->fm->from[w->start];
	to = c->fm->from[w->end - 1];
	to += text_decode(c->orig + to, c->origlen - to, &cp);
	n = to - from < sizeof(qw->shown) ? to - from : 0;
	memcpy(qw->shown, c->orig + from, n);
	qw->shown[n] = '\0';
	n = sizeof(qw->written) - 1;
	r = u8_tolower((const uint8_t *)c->orig + from, to - from, NULL,
	    UNINORM_NFC, (uint8_t *)qw->written, &n);
	if (r == NULL || r != (uint8_t *)qw->written || w->joined) {
		if (r != NULL && r != (uint8_t *)qw->written)
			free(r);
		memcpy(qw->written, qw->text, qw->len);
		n = qw->len;
	}
	qw->written[n] = '\0';
	qw->wlen = n;
}

static void
collect_word(void *arg, const struct word *w)
{
	struct collect	*c = arg;
	struct search	*q = c->q;
	struct qword	*qw;

	if (w->len >= MAX_WORD) {
		c->toolong = true;
		return;
	}
	if (q->nqw == MAX_QWORDS) {
		c->overflow = true;
		return;
	}
	qw = &q->qw[q->nqw++];
	memcpy(qw->text, w->p, w->len);
	qw->text[w->len] = '\0';
	qw->len = w->len;
	qw->joined = w->joined;
	written_form(c, w, qw);
}

/*
 * Replace a word corrected by search_run(); false if it is to be left
 * out, a real word that no record has.
 */
static bool
apply_fixes(struct search *q, struct qword *w)
{
	size_t	 i, n;

	for (i = 0; i < q->nfixes; i++) {
		if (strcmp(q->fix[i].typed, w->text) != 0)
			continue;
		if (q->fix[i].kind == SEARCH_FIX_LEFT_OUT) {
			w->dropped = true;
			return false;
		}
		n = strlen(q->fix[i].used);
		memcpy(w->text, q->fix[i].used, n + 1);
		memcpy(w->written, q->fix[i].used, n + 1);
		w->len = w->wlen = n;
	}
	return true;
}

/* Add what the user typed as one word, or as one quoted phrase. */
static enum search_status
add_item(struct search *q, const char *s, size_t len, bool phrase, char *err,
    size_t errsize)
{
	struct collect	 c;
	struct item	*it;
	struct str	 f;
	size_t		 i, start = q->nqw;

	memset(&c, 0, sizeof(c));
	if ((f = fold_mapped(&q->fb, &q->fm, s, len)).ptr == NULL)
		return SEARCH_NOMEM;
	c.q = q;
	c.fm = &q->fm;
	c.orig = s;
	c.origlen = len;
	words(f.ptr, f.len, collect_word, &c);
	if (c.toolong) {
		snprintf(err, errsize, "a word of the query is too long to be "
		    "searched for (at most %d bytes)", SEARCH_MAX_WORD);
		return SEARCH_BAD;
	}
	if (c.overflow || q->nitems == MAX_QWORDS) {
		snprintf(err, errsize, "too many words in the query (at most "
		    "%d, %d in one phrase or hyphenated word)",
		    SEARCH_MAX_TERMS, SEARCH_MAX_PHRASE);
		return SEARCH_BAD;
	}
	/* "cross/border" is two words: one item each, compounds whole. */
	for (i = start; i < q->nqw;) {
		size_t j = i + 1;
		if (!phrase) {
			while (j < q->nqw && !q->qw[j].joined &&
			    j + 1 < q->nqw && q->qw[j + 1].joined)
				j++;
			/* Parts up to a joined form are one compound. */
			if (j < q->nqw && q->qw[j].joined)
				j++;
			else if (j - i > 1)
				j = i + 1;
		} else
			j = q->nqw;
		it = &q->item[q->nitems++];
		it->phrase = phrase;
		it->first = i;
		it->n = j - i;
		if (it->n == 1 && !phrase && !apply_fixes(q, &q->qw[i]))
			q->nitems--;
		i = j;
		if (q->nitems == MAX_QWORDS && i < q->nqw) {
			snprintf(err, errsize, "too many words in the query");
			return SEARCH_BAD;
		}
	}
	return SEARCH_OK;
}

/* Split the query into phrases and words. */
static enum search_status
parse(struct search *q, const char *s, char *err, size_t errsize)
{
	enum search_status	 st;
	const char		*end;
	size_t			 i = 0, start, len = strlen(s);

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
			st = add_item(q, s + i + 1, (size_t)(end - s) - i - 1,
			    true, err, errsize);
			i = (size_t)(end - s) + 1;
		} else {
			start = i;
			while (i < len && s[i] != ' ' && s[i] != '\t' &&
			    s[i] != '\n' && s[i] != '"')
				i++;
			st = add_item(q, s + start, i - start, false, err,
			    errsize);
		}
		if (st != SEARCH_OK)
			return st;
	}
	return SEARCH_OK;
}

/*
 * The query's languages: English always; French or Spanish when its
 * little words or its letters say so.
 */
static void
guess_language(struct search *q)
{
	int		 fr = 0, es = 0;
	size_t		 i, k;
	const char	*w;

	memset(q->lang, 0, sizeof(q->lang));
	q->lang[LEX_EN] = true;
	for (i = 0; i < q->nqw; i++) {
		w = q->qw[i].written;
		fr += in_list(french_cues, NELEM(french_cues), w,
		    q->qw[i].wlen);
		es += in_list(spanish_cues, NELEM(spanish_cues), w,
		    q->qw[i].wlen);
		for (k = 0; k + 1 < q->qw[i].wlen; k++) {
			unsigned char a = (unsigned char)w[k];
			unsigned char b = (unsigned char)w[k + 1];
			if (a != 0xc3)
				continue;
			/* ñ á í ó ú; è ê à ç â î ô û ë ï */
			if (b == 0xb1 || b == 0xa1 || b == 0xad || b == 0xb3 ||
			    b == 0xba)
				es += 2;
			else if (b == 0xa8 || b == 0xaa || b == 0xa0 ||
			    b == 0xa7 || b == 0xa2 || b == 0xae || b == 0xb4 ||
			    b == 0xbb || b == 0xab || b == 0xaf)
				fr += 2;
		}
	}
	q->lang[LEX_FR] = fr > 0 && fr >= es;
	q->lang[LEX_ES] = es > 0 && es >= fr;
}

static void
clear_model(struct search *q)
{
	size_t	 i;

	for (i = 0; i < q->natoms; i++)
		free(q->atom[i].text);
	for (i = 0; i < q->ngroups; i++)
		free(q->group[i].typed);
	for (i = 0; i < q->nentries; i++)
		free(q->entry[i].word);
	htab_free(&q->memo);
	memset(q->recent, 0, sizeof(q->recent));
	free(q->ends);
	free(q->ends_at);
	free(q->byfirst);
	q->ends = q->ends_at = q->byfirst = NULL;
	q->natoms = q->nforms = q->ngroups = q->nentries = q->nhits = 0;
	q->nslots = 0;
	q->nqw = q->nitems = 0;
}

/* The forms by their last slot, and the prefixes of the atoms. */
static bool
index_forms(struct search *q)
{
	size_t	 i, s;

	q->ends_at = calloc((size_t)q->nslots + 2, sizeof(*q->ends_at));
	q->ends = malloc((q->nforms + 1) * sizeof(*q->ends));
	if (q->ends_at == NULL || q->ends == NULL)
		return false;
	for (i = 0; i < q->nforms; i++)
		q->ends_at[q->form[i].slot[q->form[i].n - 1] + 2]++;
	for (s = 2; s < (size_t)q->nslots + 2; s++)
		q->ends_at[s] += q->ends_at[s - 1];
	for (i = 0; i < q->nforms; i++)
		q->ends[q->ends_at[q->form[i].slot[q->form[i].n - 1] + 1]++] =
		    (uint32_t)i;
	/* The atoms by their first byte, for fill_entry(). */
	if ((q->byfirst = malloc((q->natoms + 1) * sizeof(*q->byfirst))) ==
	    NULL)
		return false;
	memset(q->first_at, 0, sizeof(q->first_at));
	for (i = 0; i < q->natoms; i++)
		q->first_at[(unsigned char)q->atom[i].text[0] + 1]++;
	for (s = 1; s < 257; s++)
		q->first_at[s] += q->first_at[s - 1];
	{
		uint32_t next[256];
		memcpy(next, q->first_at, sizeof(next));
		for (i = 0; i < q->natoms; i++)
			q->byfirst[next[(unsigned char)q->atom[i].text[0]]++] =
			    (uint32_t)i;
	}
	memset(q->prefix3, 0, sizeof(q->prefix3));
	memset(q->prefix2, 0, sizeof(q->prefix2));
	q->minlen = SIZE_MAX;
	for (i = 0; i < q->natoms; i++) {
		const unsigned char *t = (const unsigned char *)q->atom[i].text;
		size_t k;
		if (q->atom[i].len >= 3) {
			k = prefix_bits(t[0], t[1], t[2]);
			q->prefix3[k >> 3] |= (unsigned char)(1u << (k & 7));
		} else {
			k = prefix_bits(0, t[0], t[1]);
			q->prefix2[k >> 3] |= (unsigned char)(1u << (k & 7));
		}
		if (q->atom[i].len < q->minlen)
			q->minlen = q->atom[i].len;
	}
	return htab_init(&q->memo, 1024);
}

/*
 * A region typed without quotes is also found by its words apart, when
 * a record has them all but neither names the region nor has one of its
 * countries: "East Africa and the Horn" for "Horn of Africa".  Each word
 * is a group of its own, counted with the region's (its whole), and
 * only if there is room for all of them.
 */
static bool
add_parts(struct search *q, size_t g)
{
	const struct qword	*w, *part[SPAN_ITEMS * SEARCH_MAX_PHRASE];
	struct group		*p;
	size_t			 i, k, m, n = 0;

	for (i = (size_t)q->group[g].span;
	    i < (size_t)q->group[g].span + q->group[g].nspan; i++) {
		m = item_words(q, &q->item[i], &w);
		for (k = 0; k < m; k++)
			if (!is_stopword(q, w[k].text, w[k].len))
				part[n++] = &w[k];
	}
	if (n < 2 || q->ngroups + n > SEARCH_MAX_TERMS)
		return true;
	q->group[g].nparts = n;
	for (i = 0; i < n; i++) {
		if ((p = add_group(q, false)) == NULL)
			return true;
		p->whole = (long)g;
		if (!add_words_form(q, part[i], 1, true, W_EXACT))
			return false;
	}
	return true;
}

static enum search_status
compile(struct search *q, bool keep_stopwords, char *err, size_t errsize)
{
	enum search_status	 st;
	size_t			 i, k;

	clear_model(q);
	if ((st = parse(q, q->query, err, errsize)) != SEARCH_OK)
		return st;
	guess_language(q);
	for (i = 0; i < q->nitems; i += k) {
		k = 1;
		if (q->item[i].phrase)
			st = add_phrase(q, &q->item[i]);
		else if ((k = try_span(q, i, &st)) == 0 && st == SEARCH_OK) {
			k = 1;
			st = add_plain(q, &q->item[i], keep_stopwords);
		}
		if (st != SEARCH_OK)
			break;
	}
	for (i = 0, k = q->ngroups; i < k && st == SEARCH_OK; i++)
		if (q->group[i].region && q->group[i].span >= 0 &&
		    !(q->opts.off & SEARCH_OFF_PLACES) && !add_parts(q, i))
			st = SEARCH_NOMEM;
	if (st == SEARCH_BAD)
		snprintf(err, errsize, "too many words in the query (at most "
		    "%d, %d in one phrase or hyphenated word)",
		    SEARCH_MAX_TERMS, SEARCH_MAX_PHRASE);
	if (st == SEARCH_OK && q->ngroups > 0 && !index_forms(q))
		st = SEARCH_NOMEM;
	return st;
}

static const char *const off_names[] = {
	"stems", "spellings", "families", "thesaurus", "places", "typos",
	"coverage"
};

unsigned
search_off_lookup(const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < NELEM(off_names); i++)
		if (strlen(off_names[i]) == len &&
		    memcmp(off_names[i], name, len) == 0)
			return 1u << i;
	return 0;
}

/*
 * A query without a concept: no words at all, or only common ones (the,
 * of, de), which nearly every record has, so that they would find the
 * whole catalogue in no useful order.
 */
static enum search_status
nothing_to_search(const struct search *q, char *err, size_t errsize)
{
	size_t	 i, k, len;

	if (q->nqw == 0) {
		snprintf(err, errsize, "nothing to search for: no words in the "
		    "query");
		return SEARCH_EMPTY;
	}
	len = (size_t)snprintf(err, errsize, "the words are too common to "
	    "search for:");
	for (i = 0; i < q->nqw && len < errsize; i++) {
		for (k = 0; k < i && strcmp(q->qw[k].text, q->qw[i].text); k++)
			;
		if (k < i)
			continue;	/* said already */
		if (len + q->qw[i].len + sizeof(", ...") >= errsize) {
			snprintf(err + len, errsize - len, ", ...");
			break;
		}
		len += (size_t)snprintf(err + len, errsize - len, "%s %s",
		    err[len - 1] != ':' ? "," : "", q->qw[i].text);
	}
	return SEARCH_COMMON;
}

struct search *
search_new(const char *const *argv, size_t argc, enum search_status *st,
    char *err, size_t errsize)
{
	return search_new_opts(argv, argc, NULL, st, err, errsize);
}

struct search *
search_new_opts(const char *const *argv, size_t argc,
    const struct search_opts *opts, enum search_status *st, char *err,
    size_t errsize)
{
	struct search	*q;
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i;

	if ((q = calloc(1, sizeof(*q))) == NULL ||
	    (q->stemmer = stem_new()) == NULL) {
		free(q);
		*st = SEARCH_NOMEM;
		return NULL;
	}
	if (opts != NULL)
		q->opts = *opts;
	for (i = 0; i < argc; i++) {
		if (i > 0)
			buf_adds(&b, " ");
		buf_adds(&b, argv[i]);
	}
	buf_adds(&b, "");
	if (b.oom) {
		*st = SEARCH_NOMEM;
		goto fail;
	}
	q->query = b.p;
	*st = compile(q, false, err, errsize);
	if (*st == SEARCH_OK && q->ngroups == 0)
		*st = nothing_to_search(q, err, errsize);
	if (*st == SEARCH_OK)
		return q;
fail:
	search_free(q);
	return NULL;
}

void
search_free(struct search *q)
{
	size_t	 i;

	if (q == NULL)
		return;
	clear_model(q);
	free(q->atom);
	free(q->form);
	free(q->entry);
	free(q->hit);
	for (i = 0; i < q->nfixes; i++) {
		free(q->fix[i].typed);
		free(q->fix[i].used);
	}
	for (i = 0; i < q->nnowhere; i++) {
		free(q->nowhere[i].typed);
		free(q->nowhere[i].used);
	}
	for (i = 0; i < q->nsuggestions; i++)
		free(q->suggestion[i]);
	for (i = 0; i < q->nlangs; i++)
		free(q->langcache[i].folded);
	stem_free(q->stemmer);
	fold_free(&q->fb);
	foldmap_free(&q->fm);
	buf_free(&q->langs);
	free(q->query);
	free(q);
}

/*
 * The memo: which slots a word of the records fills.
 */

/* Could the word p[0..len) (ASCII in any case, or folded) fill a slot? */
static inline bool
may_match(const struct search *q, const char *p, size_t len)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t	 k;

	if (len < q->minlen)
		return false;
	if (len >= 3) {
		k = prefix_bits(u[0], u[1], u[2]);
		if (q->prefix3[k >> 3] & (1u << (k & 7)))
			return true;
	}
	k = prefix_bits(0, u[0], len > 1 ? u[1] : 0);
	return (q->prefix2[k >> 3] & (1u << (k & 7))) != 0;
}

static const char *const demonym_endings[] = {
	"an", "ans", "ese", "i", "ian", "ians", "is", "n", "ns"
};

/* Is w "Ghanaian" for atom "ghana", and not the name of another place? */
static bool
is_demonym(const char *w, size_t len, const struct atom *a)
{
	size_t	 k, n = a->len;

	/* "Ukrainian": the final e of the name goes. */
	if (len > n && memcmp(w, a->text, n) != 0 && a->text[n - 1] == 'e')
		n--;
	if (len <= n || memcmp(w, a->text, n) != 0 ||
	    !in_list(demonym_endings, NELEM(demonym_endings), w + n,
	    len - n))
		return false;
	/* "Nigerian" is Nigeria's, not Niger's. */
	for (k = len - 1; k > n; k--)
		if (lex_place(w, k) != NULL)
			return false;
	return lex_place(w, len) == NULL;
}

static bool
add_hit(struct search *q, struct memo_entry *e, uint32_t slot, float w)
{
	size_t	 i;

	for (i = e->first; i < q->nhits; i++)
		if (q->hit[i].slot == slot) {
			if (w > q->hit[i].weight)
				q->hit[i].weight = w;
			return true;
		}
	if (!grow((void **)&q->hit, &q->hitcap, q->nhits, sizeof(*q->hit)))
		return false;
	q->hit[q->nhits].slot = slot;
	q->hit[q->nhits++].weight = w;
	e->n++;
	return true;
}

/* Find which slots the folded, lower-case word w fills. */
static bool
fill_entry(struct search *q, struct memo_entry *e, const char *w, size_t len)
{
	char		 st[LEX__COUNT][STEM_MAX];
	size_t		 stlen[LEX__COUNT];
	bool		 have[LEX__COUNT] = { false };
	const struct atom *a;
	size_t		 k, l;
	bool		 m;

	e->first = (uint32_t)q->nhits;
	e->n = 0;
	for (k = q->first_at[(unsigned char)w[0]];
	    k < q->first_at[(unsigned char)w[0] + 1]; k++) {
		a = &q->atom[q->byfirst[k]];
		switch (a->mode) {
		case AM_EXACT:
			m = a->len == len && memcmp(a->text, w, len) == 0;
			break;
		case AM_DEMONYM:
			m = is_demonym(w, len, a);
			break;
		default:
			l = (size_t)(a->mode - AM_STEM);
			if (!have[l]) {
				if ((stlen[l] = stem_word(q->stemmer,
				    (enum lex_lang)l, w, len, st[l])) ==
				    SIZE_MAX)
					return false;
				have[l] = true;
			}
			m = stlen[l] == a->len &&
			    memcmp(st[l], a->text, a->len) == 0;
			break;
		}
		if (m && !add_hit(q, e, a->slot, a->weight))
			return false;
	}
	return true;
}

/*
 * Before adding the n+1th key to t: double t when it is half full.  The
 * keys' hashes are at offset off in the n elements of size size at v.
 */
static bool
make_room(struct htab *t, size_t n, const void *v, size_t size, size_t off)
{
	struct htab	 nt;
	struct hslot	*s;
	uint64_t	 h;
	size_t		 i;

	if (n + 1 < (t->mask + 1) / 2)
		return true;
	if (!htab_init(&nt, t->mask + 1))
		return false;
	for (i = 0; i < n; i++) {
		memcpy(&h, (const char *)v + i * size + off, sizeof(h));
		for (s = htab_first(&nt, h); s->idx != 0; s = htab_next(&nt, s))
			;
		s->h = h;
		s->idx = i + 1;
	}
	htab_free(t);
	*t = nt;
	return true;
}

/*
 * The memo entry of the word p[0..len) (ASCII in any case, or folded), or
 * -1 if it cannot fill any slot; -2 when out of memory.
 */
static long
memo_get(struct search *q, const char *p, size_t len)
{
	char		 w[MAX_WORD];
	struct hslot	*s;
	struct memo_entry *e;
	uint64_t	 h;
	uint32_t	*r;
	size_t		 i, quick = len;

	if (len >= MAX_WORD || !may_match(q, p, len))
		return -1;
	for (i = 0; i < len; i++) {
		w[i] = (char)lower((unsigned char)p[i]);
		quick = quick * 31 + (unsigned char)w[i];
	}
	w[len] = '\0';
	/*
	 * A text repeats its words: the entry last found for this word's
	 * quick hash is tried before the keyed hash (SipHash, which a
	 * catalogue cannot make collide) is computed.  A place in recent
	 * holds one entry, so crafted collisions cost a SipHash each, as
	 * without it.
	 */
	r = &q->recent[(quick ^ quick >> 11) % RECENT];
	if (*r != 0) {
		e = &q->entry[*r - 1];
		if (e->len == len && memcmp(e->word, w, len) == 0)
			return e->n > 0 ? (long)*r - 1 : -1;
	}
	h = htab_hash(w, len);
	for (s = htab_first(&q->memo, h); s->idx != 0;
	    s = htab_next(&q->memo, s)) {
		e = &q->entry[s->idx - 1];
		if (s->h == h && e->len == len && memcmp(e->word, w, len) == 0) {
			*r = (uint32_t)s->idx;
			return e->n > 0 ? (long)s->idx - 1 : -1;
		}
	}
	if (!grow((void **)&q->entry, &q->entrycap, q->nentries, sizeof(*e)))
		return -2;
	if (!make_room(&q->memo, q->nentries, q->entry, sizeof(*e),
	    offsetof(struct memo_entry, h)))
		return -2;
	for (s = htab_first(&q->memo, h); s->idx != 0;
	    s = htab_next(&q->memo, s))
		;
	e = &q->entry[q->nentries];
	if ((e->word = malloc(len + 1)) == NULL)
		return -2;
	memcpy(e->word, w, len + 1);
	e->len = (uint32_t)len;
	e->h = h;
	if (!fill_entry(q, e, w, len)) {
		free(e->word);
		return -2;
	}
	s->h = h;
	s->idx = ++q->nentries;
	*r = (uint32_t)q->nentries;
	return e->n > 0 ? (long)q->nentries - 1 : -1;
}

/*
 * Counting.
 */

/* The state of a pass over one field. */
struct scan {
	struct search	*q;
	float		*tf;		/* the field's counts, per group */
	size_t		 pos;		/* words so far: the field's length */
	struct {
		size_t	 pos;		/* where the word was */
		long	 e;		/* and its memo entry */
	}		 hist[HIST];	/* the recent words that may fill slots */
	float		 credit[NCOUNT];	/* at the last word */
	bool		 credited;
	bool		 oom;
};

/* The weight with which the word at pos fills slot, 0 if it does not. */
static float
fills(const struct scan *sc, size_t pos, uint32_t slot)
{
	const struct search	*q = sc->q;
	const struct memo_hit	*h;
	size_t			 i;
	long			 e = sc->hist[pos % HIST].e;

	if (sc->hist[pos % HIST].pos != pos || e < 0)
		return 0;
	h = q->hit + q->entry[e].first;
	for (i = 0; i < q->entry[e].n; i++)
		if (h[i].slot == slot)
			return h[i].weight;
	return 0;
}

/* Best weight of each group's forms ending with the word of entry e. */
static bool
forms_ending(struct scan *sc, long e, bool single, float *best)
{
	const struct search	*q = sc->q;
	const struct memo_hit	*h = q->hit + q->entry[e].first;
	const struct form	*f;
	size_t			 i, k, j;
	float			 w, x;
	bool			 any = false;

	for (i = 0; i < q->entry[e].n; i++)
		for (j = q->ends_at[h[i].slot]; j < q->ends_at[h[i].slot + 1];
		    j++) {
			f = &q->form[q->ends[j]];
			if (single && f->n > 1)
				continue;
			w = f->weight * h[i].weight;
			for (k = 1; k < f->n && w > 0; k++) {
				if (sc->pos < k + 1)
					w = 0;
				else if (f->slot[f->n - 1 - k] != ANY_WORD &&
				    (x = fills(sc, sc->pos - 1 - k,
				    f->slot[f->n - 1 - k])) < w)
					w = x;
			}
			if (w > best[f->counter]) {
				best[f->counter] = w;
				any = true;
			}
		}
	return any;
}

static void
at_word(struct scan *sc, long e)
{
	float	 best[NCOUNT];
	size_t	 g;

	sc->hist[sc->pos % HIST].pos = sc->pos;
	sc->hist[sc->pos % HIST].e = e;
	sc->pos++;
	if (sc->credited) {
		memset(sc->credit, 0, sizeof(sc->credit));
		sc->credited = false;
	}
	if (e < 0)
		return;
	memset(best, 0, 2 * sc->q->ngroups * sizeof(best[0]));
	if (!forms_ending(sc, e, false, best))
		return;
	for (g = 0; g < 2 * sc->q->ngroups; g++)
		if (best[g] > 0) {
			sc->tf[g] += best[g];
			sc->credit[g] = best[g];
			sc->credited = true;
		}
}

/* "retrafficking" typed finds "re-trafficking", counted once. */
static void
at_joined(struct scan *sc, long e)
{
	float	 best[NCOUNT];
	size_t	 g;

	if (e < 0)
		return;
	memset(best, 0, 2 * sc->q->ngroups * sizeof(best[0]));
	if (!forms_ending(sc, e, true, best))
		return;
	for (g = 0; g < 2 * sc->q->ngroups; g++)
		if (best[g] > sc->credit[g]) {
			sc->tf[g] += best[g] - sc->credit[g];
			sc->credit[g] = best[g];
			sc->credited = true;
		}
}

static void
count_word(void *arg, const struct word *w)
{
	struct scan	*sc = arg;
	long		 e = memo_get(sc->q, w->p, w->len);

	if (e == -2) {
		sc->oom = true;
		e = -1;
	}
	if (w->joined)
		at_joined(sc, e);
	else
		at_word(sc, e);
}

/*
 * A stretch of s that words() must cut: from start, the first byte of
 * a word that runs into a hyphen or a byte beyond ASCII (or that byte),
 * to the next ASCII byte that is neither a letter, a digit nor a
 * hyphen.  Folded into fb if it is not ASCII (ASCII compares in any
 * case: memo_get() and vocab_word() take the lower case), and cut.
 * Cutting the text there gives the words that cutting the whole would:
 * an ASCII separator other than a hyphen ends a word and a compound, and
 * folds to itself; fold() works character by character.  *end is where
 * the stretch ends.
 */
static bool
stretch_words(struct foldbuf *fb, const char *s, size_t len, size_t start,
    size_t *end, word_fn *fn, void *arg)
{
	struct str	 f;
	size_t		 i;
	unsigned char	 c, high = 0;

	for (i = start; i < len; i++) {
		c = (unsigned char)s[i];
		if (c < 0x80 && !ascii_word[c] && c != '-')
			break;
		high |= c;
	}
	*end = i;
	f = str_make(s + start, i - start);
	if (high >= 0x80 && (f = fold(fb, f.ptr, f.len)).ptr == NULL)
		return false;
	words(f.ptr, f.len, fn, arg);
	return true;
}

/* ASCII bytes between words (a NUL too is one, but ends the text). */
static const unsigned char ascii_between[256] = {
	[1] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 0x01 to 0x1f */
	[' '] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* to '/' */
	[':'] = 1, 1, 1, 1, 1, 1, 1,		/* ':' to '@' */
	['['] = 1, 1, 1, 1, 1, 1,		/* '[' to '`' */
	['{'] = 1, 1, 1, 1, 1,			/* '{' to 0x7f */
};

/*
 * Count the words of s as the record has it (s[len] is NUL, as struct
 * str promises: it ends the loops below).  This loop runs over every
 * byte of every abstract: ASCII words are cut here, and only the few that
 * may_match() lets through need more than a count; the rare stretch with
 * a hyphen or a letter beyond ASCII goes to stretch_words().
 * text_words() is the same loop for any use of the words.
 */
static bool
count_text(struct scan *sc, const char *s, size_t len)
{
	struct search	*q = sc->q;
	size_t		 i = 0, start;
	long		 e;

	for (;;) {
		while (ascii_between[(unsigned char)s[i]])
			i++;
		if (i >= len)
			break;
		if (s[i] == '\0') {
			i++;
			continue;
		}
		start = i;
		while (ascii_word[(unsigned char)s[i]])
			i++;
		if ((unsigned char)s[i] >= 0x80 || s[i] == '-') {
			if (!stretch_words(&q->fb, s, len, start, &i,
			    count_word, sc))
				return false;
			continue;
		}
		/* A word that fills no slot is only counted. */
		if (!may_match(q, s + start, i - start)) {
			sc->pos++;
			continue;
		}
		if ((e = memo_get(sc->q, s + start, i - start)) == -2) {
			sc->oom = true;
			e = -1;
		}
		at_word(sc, e);
	}
	return true;
}

/*
 * Call fn for each word of s as the record has it (s[len] is NUL), as
 * words() of s folded would, ASCII words in the case s has them.
 */
static bool
text_words(struct foldbuf *fb, struct str s, word_fn *fn, void *arg)
{
	struct word	 w;
	size_t		 i = 0, start;

	for (;;) {
		while (ascii_between[(unsigned char)s.ptr[i]])
			i++;
		if (i >= s.len)
			break;
		if (s.ptr[i] == '\0') {
			i++;
			continue;
		}
		start = i;
		while (ascii_word[(unsigned char)s.ptr[i]])
			i++;
		if ((unsigned char)s.ptr[i] >= 0x80 || s.ptr[i] == '-') {
			if (!stretch_words(fb, s.ptr, s.len, start, &i, fn, arg))
				return false;
			continue;
		}
		w = word_at(s.ptr, start, i);
		fn(arg, &w);
	}
	return true;
}

static void
scan_start(struct scan *sc, struct search *q, enum sfield field)
{
	memset(sc, 0, sizeof(*sc));
	memset(sc->hist, 0xff, sizeof(sc->hist));
	sc->q = q;
	sc->tf = q->tf[field];
}

/* Count in s, which is folded already if folded is set. */
static bool
count_field(struct search *q, enum sfield field, struct str s, bool folded)
{
	struct scan	 sc;

	if (!str_present(s) || s.len == 0)
		return true;
	scan_start(&sc, q, field);
	if (folded)
		words(s.ptr, s.len, count_word, &sc);
	else if (!count_text(&sc, s.ptr, s.len))
		return false;
	q->len[field] = (uint32_t)sc.pos;
	return !sc.oom;
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
	bool			 oom = false;

	for (i = 0; i < q->nlangs; i++)
		if (str_eq_nocase(q->langcache[i].written, s) &&
		    memcmp(q->langcache[i].written.ptr, s.ptr, s.len) == 0)
			return str_make(q->langcache[i].folded,
			    q->langcache[i].len);
	if ((l = lang_find(s.ptr, s.len, &oom)) == NULL && oom)
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
	t = &q->langcache[i];
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

/*
 * The countries a record is about: a place of the query counts once, as
 * a word typed, when the record has one of its countries; their length
 * is how many the record has.
 */
static void
count_countries(struct search *q, const struct pub *p)
{
	const struct str *c;
	size_t		 g, i;

	q->len[SF_COUNTRIES] = (uint32_t)p->countries.n;
	for (g = 0; g < q->ngroups; g++) {
		if (q->group[g].codes == NULL)
			continue;
		for (i = 0; i < p->countries.n; i++) {
			c = &p->countries.v[i];
			if (c->len == 2 && lex_codes_have(q->group[g].codes,
			    c->ptr)) {
				q->tf[SF_COUNTRIES][2 * g] = 1;
				break;
			}
		}
	}
}

static bool
count_record(struct search *q, const struct pub *p)
{
	struct str	 langs;
	size_t		 f;

	for (f = 0; f < SF__COUNT; f++)
		memset(q->tf[f], 0, 2 * q->ngroups * sizeof(q->tf[f][0]));
	memset(q->len, 0, sizeof(q->len));
	if ((langs = languages_text(q, p)).ptr == NULL)
		return false;
	count_countries(q, p);
	return count_field(q, SF_TITLE, p->title, false) &&
	    count_field(q, SF_ABSTRACT, p->abstract, false) &&
	    count_field(q, SF_LANGUAGES, langs, true) &&
	    count_field(q, SF_ID, p->id, false);
}

/*
 * Ranking.
 */

/*
 * The records with a hit, and their counts until the scores can be
 * computed: for each, how much of each group is in each field, then each
 * field's length, packed for the query's few groups, since a common word
 * can be in most of a million records.
 */
struct found {
	struct search_hit *hit;
	float		*count;
	size_t		 stride;	/* counts per hit */
	size_t		 n;
	size_t		 cap;
};

static bool
keep_hit(struct found *fd, struct pub *p, const struct search *q)
{
	struct search_hit *h;
	float		*u;
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
		for (g = 0; g < 2 * q->ngroups; g++)
			*u++ = q->tf[f][g];
	for (f = 0; f < SF__COUNT; f++)
		*u++ = (float)q->len[f];
	fd->hit[fd->n].p = p;
	fd->hit[fd->n++].score = 0;
	return true;
}

/* Is counter k (a group's channel) in the record just counted? */
static bool
counter_in(const struct search *q, size_t k)
{
	size_t	 f;

	for (f = 0; f < SF__COUNT; f++)
		if (q->tf[f][k] > 0)
			return true;
	return false;
}

/*
 * The score of a hit from its counts, packed as keep_hit() left them:
 * how many groups it has, plus BM25 mapped into [0, 1).
 */
static double
group_bm25(const struct search *q, const float *count, const double *idf,
    const double *avglen, size_t g)
{
	const size_t	 nc = 2 * q->ngroups;
	const float	*len = count + SF__COUNT * nc;
	double		 in = 0, tf, norm, sat;
	size_t		 f, k;

	for (k = 2 * g; k < 2 * g + 2; k++)
		for (f = 0; f < SF__COUNT; f++) {
			if ((tf = count[f * nc + k]) == 0)
				continue;
			norm = 1 - SEARCH_B + SEARCH_B * (avglen[f] > 0 ?
			    len[f] / avglen[f] : 1);
			sat = tf * (SEARCH_K1 + 1) / (tf + SEARCH_K1 * norm);
			in += idf[k] * weight[f] * sat *
			    (k % 2 ? W_EXPANSIONS : 1);
		}
	return in;
}

/* A region's words apart, if the record has them all, weighed less. */
static double
parts_bm25(const struct search *q, const float *count, const double *idf,
    const double *avglen, size_t whole)
{
	double	 in = 0, x;
	size_t	 g;

	for (g = whole + 1; g < q->ngroups; g++)
		if (q->group[g].whole == (long)whole) {
			if ((x = group_bm25(q, count, idf, avglen, g)) == 0)
				return 0;
			in += x;
		}
	return in * W_PARTS;
}

static double
score(const struct search *q, const float *count, const double *idf,
    const double *avglen)
{
	double		 bm25 = 0, in;
	size_t		 g, has = 0;

	for (g = 0; g < q->ngroups; g++) {
		if (q->group[g].whole >= 0)
			continue;	/* counted with its region */
		in = group_bm25(q, count, idf, avglen, g);
		if (in == 0 && q->group[g].nparts > 0)
			in = parts_bm25(q, count, idf, avglen, g);
		has += in > 0;
		bm25 += in;
	}
	if (q->opts.off & SEARCH_OFF_COVERAGE)
		return bm25;
	return (double)has + bm25 / (bm25 + 10);
}

static int
cmp_hit(const void *va, const void *vb)
{
	const struct search_hit	*a = va, *b = vb;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return (a->p->index > b->p->index) - (a->p->index < b->p->index);
}

/* One pass: the hits, and in df how many records have each group. */
static bool
pass(struct search *q, struct pub *const *v, size_t n, struct found *fd,
    size_t *df)
{
	double		 idf[NCOUNT], avglen[SF__COUNT];
	double		 total[SF__COUNT] = { 0 };
	size_t		 kdf[NCOUNT] = { 0 };
	size_t		 i, g, f, k, parts[SEARCH_MAX_TERMS];
	bool		 any, ok, in, cin, gin[SEARCH_MAX_TERMS];

	memset(fd, 0, sizeof(*fd));
	memset(df, 0, SEARCH_MAX_TERMS * sizeof(*df));
	fd->stride = (2 * q->ngroups + 1) * SF__COUNT;
	for (i = 0; i < n; i++) {
		if (!count_record(q, v[i]))
			return false;
		for (f = 0; f < SF__COUNT; f++)
			total[f] += q->len[f];
		any = false;
		ok = true;
		memset(parts, 0, q->ngroups * sizeof(parts[0]));
		for (g = 0; g < q->ngroups; g++) {
			gin[g] = false;
			for (k = 2 * g; k < 2 * g + 2; k++) {
				cin = counter_in(q, k);
				kdf[k] += cin;
				gin[g] |= cin;
			}
			if (q->group[g].whole >= 0 && gin[g])
				parts[q->group[g].whole]++;
		}
		for (g = 0; g < q->ngroups; g++) {
			in = gin[g] || (q->group[g].nparts > 0 &&
			    parts[g] == q->group[g].nparts);
			df[g] += in;
			if (q->group[g].whole >= 0)
				continue;	/* found with its region */
			any |= in;
			ok &= in || !q->group[g].required;
		}
		if (any && ok && !keep_hit(fd, v[i], q))
			return false;
	}
	for (f = 0; f < SF__COUNT; f++)
		avglen[f] = n > 0 ? total[f] / (double)n : 0;
	for (k = 0; k < 2 * q->ngroups; k++)
		idf[k] = log(1 + ((double)n - (double)kdf[k] + 0.5) /
		    ((double)kdf[k] + 0.5));
	for (i = 0; i < fd->n; i++)
		fd->hit[i].score = score(q, fd->count + i * fd->stride, idf,
		    avglen);
	if (fd->n > 1)
		qsort(fd->hit, fd->n, sizeof(*fd->hit), cmp_hit);
	return true;
}

/*
 * Typos: the words that records have, to correct a query word that none
 * has, and to suggest some when nothing is found.
 */

struct vocab_word {
	char		*w;
	size_t		 len;
	size_t		 count;		/* records that have it */
	size_t		 last;		/* the last record counted */
	uint64_t	 h;
};

/*
 * The words to correct, when a vocabulary is read for them alone: a
 * word of the records is kept only if it may be within a typo's edits
 * of one.  Its bytes, as a set of their low six bits, tell: an edit
 * adds or removes at most one member of the set, or swaps one member
 * for another, so words d edits apart have sets that differ in at most
 * 2d members.  Most words differ in more and are never looked up.
 */
struct typo {
	uint64_t	 bytes;		/* the set of its bytes (& 63) */
	size_t		 len;
	size_t		 limit;		/* edits allowed: typo_limit() */
};

struct vocab {
	struct htab	 t;
	uint32_t	 recent[RECENT];	/* as memo_get()'s */
	struct vocab_word *v;
	size_t		 n, cap;
	size_t		 minlen, maxlen;	/* only words of these lengths */
	struct typo	 typo[SEARCH_MAX_TERMS];	/* and near these, if any */
	size_t		 ntypos;
	size_t		 record;
	bool		 oom;
};

static uint64_t
byte_set(const char *w, size_t len)
{
	uint64_t	 set = 0;
	size_t		 i;

	for (i = 0; i < len; i++)
		set |= (uint64_t)1 << ((unsigned char)w[i] & 63);
	return set;
}

/* May the word of len bytes whose byte set is set be near a typo? */
static bool
near_a_typo(const struct vocab *vb, uint64_t set, size_t len)
{
	const struct typo *t;
	uint64_t	 diff;
	size_t		 i, n;

	if (vb->ntypos == 0)
		return true;
	for (i = 0; i < vb->ntypos; i++) {
		t = &vb->typo[i];
		if ((len > t->len ? len - t->len : t->len - len) > t->limit)
			continue;
		for (n = 0, diff = set ^ t->bytes; diff != 0 &&
		    n <= 2 * t->limit; diff &= diff - 1)
			n++;
		if (n <= 2 * t->limit)
			return true;
	}
	return false;
}

static void
vocab_word(void *arg, const struct word *w)
{
	struct vocab	*vb = arg;
	struct vocab_word *x;
	struct hslot	*s;
	char		 buf[MAX_WORD];
	uint64_t	 h;
	uint32_t	*r;
	size_t		 i, quick = w->len;

	if (w->len < vb->minlen || w->len > vb->maxlen || w->joined ||
	    w->len >= MAX_WORD || vb->oom)
		return;
	for (i = 0; i < w->len; i++) {
		buf[i] = (char)lower((unsigned char)w->p[i]);
		quick = quick * 31 + (unsigned char)buf[i];
	}
	if (vb->ntypos > 0 && !near_a_typo(vb, byte_set(buf, w->len), w->len))
		return;
	r = &vb->recent[(quick ^ quick >> 11) % RECENT];
	x = *r != 0 ? &vb->v[*r - 1] : NULL;
	if (x == NULL || x->len != w->len || memcmp(x->w, buf, w->len) != 0) {
		h = htab_hash(buf, w->len);
		for (s = htab_first(&vb->t, h); s->idx != 0 &&
		    (s->h != h || vb->v[s->idx - 1].len != w->len ||
		    memcmp(vb->v[s->idx - 1].w, buf, w->len) != 0);
		    s = htab_next(&vb->t, s))
			;
		x = s->idx != 0 ? &vb->v[s->idx - 1] : NULL;
		if (x != NULL)
			*r = (uint32_t)s->idx;
	}
	if (x != NULL) {
		if (x->last != vb->record)
			x->count++;
		x->last = vb->record;
		return;
	}
	if (!make_room(&vb->t, vb->n, vb->v, sizeof(*vb->v),
	    offsetof(struct vocab_word, h))) {
		vb->oom = true;
		return;
	}
	for (s = htab_first(&vb->t, h); s->idx != 0; s = htab_next(&vb->t, s))
		;
	if (!grow((void **)&vb->v, &vb->cap, vb->n, sizeof(*vb->v)) ||
	    (vb->v[vb->n].w = malloc(w->len + 1)) == NULL) {
		vb->oom = true;
		return;
	}
	x = &vb->v[vb->n];
	memcpy(x->w, buf, w->len);
	x->w[w->len] = '\0';
	x->len = w->len;
	x->count = 1;
	x->last = vb->record;
	x->h = h;
	s->h = h;
	s->idx = ++vb->n;
	*r = (uint32_t)vb->n;
}

static void
vocab_free(struct vocab *vb)
{
	size_t	 i;

	for (i = 0; i < vb->n; i++)
		free(vb->v[i].w);
	free(vb->v);
	htab_free(&vb->t);
}

static bool
vocab_build(struct foldbuf *fb, struct pub *const *v, size_t n,
    struct vocab *vb)
{
	size_t		 i;

	if (!htab_init(&vb->t, 4096))
		return false;
	for (i = 0; i < n && !vb->oom; i++) {
		vb->record = i + 1;
		if ((str_present(v[i]->title) &&
		    !text_words(fb, v[i]->title, vocab_word, vb)) ||
		    (str_present(v[i]->abstract) &&
		    !text_words(fb, v[i]->abstract, vocab_word, vb)))
			return false;
	}
	return !vb->oom;
}

/*
 * The cache: every word of the records it was built for, whatever its
 * length.  nearest() gives the same answer from it as from a vocabulary
 * of only the lengths that a correction may reach, since a word of
 * another length is more edits away than allowed, and words keep the
 * order in which the records have them.
 */
struct search_cache {
	struct pub	**v;		/* the records, to tell when they change */
	size_t		 n;
	bool		 built;
	struct vocab	 vb;
	struct foldbuf	 fb;		/* for search_cache_fill() */
};

struct search_cache *
search_cache_new(void)
{
	return calloc(1, sizeof(struct search_cache));
}

void
search_cache_free(struct search_cache *c)
{
	if (c == NULL)
		return;
	if (c->built)
		vocab_free(&c->vb);
	fold_free(&c->fb);
	free(c->v);
	free(c);
}

void
search_use_cache(struct search *q, struct search_cache *c)
{
	q->cache = c;
}

/* Read the words of v[0..n) into c, unless it holds them already. */
static bool
cache_fill(struct search_cache *c, struct foldbuf *fb, struct pub *const *v,
    size_t n)
{
	if (c->built && c->n == n && (n == 0 ||
	    memcmp(c->v, v, n * sizeof(*v)) == 0))
		return true;
	if (c->built)
		vocab_free(&c->vb);
	c->built = false;
	free(c->v);
	c->n = 0;
	if ((c->v = malloc((n > 0 ? n : 1) * sizeof(*v))) == NULL)
		return false;
	memcpy(c->v, v, n * sizeof(*v));
	memset(&c->vb, 0, sizeof(c->vb));
	c->vb.minlen = 1;
	c->vb.maxlen = MAX_WORD;
	c->built = true;
	if (!vocab_build(fb, v, n, &c->vb)) {
		vocab_free(&c->vb);
		c->built = false;
		return false;
	}
	c->n = n;
	return true;
}

bool
search_cache_fill(struct search_cache *c, struct pub *const *v, size_t n)
{
	return cache_fill(c, &c->fb, v, n);
}

/*
 * The words of v[0..n) of the lengths in own (set by the caller): the
 * cache's if the search has one (own is then left empty), else read into
 * own.  NULL when out of memory; the caller frees own.
 */
static const struct vocab *
vocab_of(struct search *q, struct pub *const *v, size_t n, struct vocab *own)
{
	if (q->cache == NULL)
		return vocab_build(&q->fb, v, n, own) ? own : NULL;
	return cache_fill(q->cache, &q->fb, v, n) ? &q->cache->vb : NULL;
}

static bool
vocab_has(const struct vocab *vb, const char *w, size_t len)
{
	struct hslot	*s;
	uint64_t	 h = htab_hash(w, len);

	for (s = htab_first(&vb->t, h); s->idx != 0; s = htab_next(&vb->t, s))
		if (s->h == h && vb->v[s->idx - 1].len == len &&
		    memcmp(vb->v[s->idx - 1].w, w, len) == 0)
			return true;
	return false;
}

/* Edits allowed for a typo in a word of len bytes. */
static size_t
typo_limit(size_t len)
{
	return len <= 4 ? 1 : len <= 8 ? 2 : 3;
}

/* The word of vb nearest to w within limit edits, most common first. */
static const struct vocab_word *
nearest(const struct search *q, const struct vocab *vb, const char *w,
    size_t len, size_t limit, const struct vocab_word *not)
{
	const struct vocab_word	*best = NULL;
	size_t			 i, d, bestd = limit + 1;

	for (i = 0; i < vb->n; i++) {
		const struct vocab_word *x = &vb->v[i];
		if (x == not || is_stopword(q, x->w, x->len) ||
		    (x->len == len && memcmp(x->w, w, len) == 0))
			continue;
		d = suggest_distance(w, len, x->w, x->len, bestd);
		if (d < bestd || (d == bestd && best != NULL &&
		    x->count > best->count)) {
			bestd = d;
			best = x;
		}
	}
	return best;
}

/* Remember that typed was corrected to used (NULL: left out). */
static bool
add_fix(struct search *q, enum search_fix kind, const char *typed,
    const char *used)
{
	struct fix	*f = &q->fix[q->nfixes];

	f->kind = kind;
	f->used = NULL;
	if ((f->typed = strdup(typed)) == NULL ||
	    (used != NULL && (f->used = strdup(used)) == NULL)) {
		free(f->typed);
		return false;
	}
	q->nfixes++;
	return true;
}

/*
 * The plain words that no record has: a word of English, French or
 * Spanish (wordlist.h) is left out, any other is taken for a typo and
 * replaced by the nearest word that records have.  *changed if any was.
 */
static bool
correct(struct search *q, struct pub *const *v, size_t n, const size_t *df,
    bool *changed)
{
	struct vocab		 vb;
	const struct vocab	*words = NULL;
	const struct vocab_word	*x;
	const char		*unknown[SEARCH_MAX_TERMS];
	bool			 real[SEARCH_MAX_TERMS];
	size_t			 g, k, nunknown = 0, len;
	bool			 ok;

	*changed = false;
	for (g = 0; g < q->ngroups; g++)
		if (q->group[g].typo && df[g] == 0)
			unknown[nunknown++] = q->group[g].typed;
	if (nunknown == 0)
		return true;
	if (!wordlist_known(unknown, nunknown, q->opts.wordlists, real))
		return false;
	/* The lists hold letters and abbreviations: "sh", "bu" may be typos. */
	for (k = 0; k < nunknown; k++)
		real[k] &= strlen(unknown[k]) >= WORDLIST_MINLEN;
	memset(&vb, 0, sizeof(vb));
	vb.minlen = SIZE_MAX;
	for (k = 0; k < nunknown; k++) {
		len = strlen(unknown[k]);
		if (real[k])
			continue;
		if (len - typo_limit(len) < vb.minlen)
			vb.minlen = len - typo_limit(len);
		if (len + typo_limit(len) > vb.maxlen)
			vb.maxlen = len + typo_limit(len);
		vb.typo[vb.ntypos].bytes = byte_set(unknown[k], len);
		vb.typo[vb.ntypos].len = len;
		vb.typo[vb.ntypos++].limit = typo_limit(len);
	}
	ok = vb.minlen == SIZE_MAX || (words = vocab_of(q, v, n, &vb)) != NULL;
	for (k = 0; ok && k < nunknown && q->nfixes < MAX_FIXES; k++) {
		if (real[k])
			ok = add_fix(q, SEARCH_FIX_LEFT_OUT, unknown[k], NULL);
		else if ((x = nearest(q, words, unknown[k], strlen(unknown[k]),
		    typo_limit(strlen(unknown[k])), NULL)) != NULL)
			ok = add_fix(q, SEARCH_FIX_TYPO, unknown[k], x->w);
		else
			continue;
		*changed = true;
	}
	vocab_free(&vb);
	return ok;
}

/*
 * Whether to suggest words for qw[i]: not for a place (search_run() says
 * that no record is about it), a real word left out, a common word or
 * one still being typed.
 */
static bool
suggest_for(const struct search *q, size_t i)
{
	const struct qword *w = &q->qw[i];

	return !w->joined && !w->place && !w->dropped && !being_typed(q, i) &&
	    !is_stopword(q, w->text, w->len);
}

/*
 * When nothing was found: words like the query's that records have, no
 * further from them than a typo (typo_limit()) may be.
 */
static bool
suggest_words(struct search *q, struct pub *const *v, size_t n)
{
	struct vocab		 vb;
	const struct vocab	*words;
	const struct vocab_word	*x, *prev;
	size_t			 i, len, k;
	bool			 ok;

	/* Nothing to suggest for: no need to read the records. */
	for (i = 0; i < q->nqw; i++)
		if (suggest_for(q, i))
			break;
	if (i == q->nqw)
		return true;
	memset(&vb, 0, sizeof(vb));
	vb.minlen = 1;
	vb.maxlen = MAX_WORD;
	if ((ok = (words = vocab_of(q, v, n, &vb)) != NULL))
		for (i = 0; i < q->nqw && q->nsuggestions < MAX_SUGGEST; i++) {
			if (!suggest_for(q, i) ||
			    vocab_has(words, q->qw[i].text, q->qw[i].len))
				continue;
			len = q->qw[i].len;
			for (prev = NULL, k = 0; k < 2 &&
			    q->nsuggestions < MAX_SUGGEST; k++, prev = x) {
				if ((x = nearest(q, words, q->qw[i].text, len,
				    typo_limit(len), prev)) == NULL)
					break;
				if ((q->suggestion[q->nsuggestions] =
				    strdup(x->w)) == NULL) {
					ok = false;
					break;
				}
				q->nsuggestions++;
			}
		}
	vocab_free(&vb);
	return ok;
}

/* The places of the query that no record is about, to say so. */
static bool
find_nowhere(struct search *q, const size_t *df)
{
	const struct lex_country *c;
	const struct qword *w;
	struct fix	*f;
	char		 name[MAX_WORD * SPAN_ITEMS];
	size_t		 g, i, k, len, n;

	for (g = 0; g < q->ngroups; g++) {
		if (q->group[g].codes == NULL || df[g] > 0)
			continue;
		/* A country by its name in iso-codes, a region as typed. */
		c = lex_country(q->group[g].codes, strlen(q->group[g].codes));
		if (c != NULL)
			snprintf(name, sizeof(name), "%s", c->name);
		else if (q->group[g].span >= 0) {
			for (len = 0, i = (size_t)q->group[g].span;
			    i < (size_t)q->group[g].span + q->group[g].nspan;
			    i++)
				for (k = 0; k < q->item[i].n; k++) {
					w = &q->qw[q->item[i].first + k];
					n = strlen(w->shown);
					if (len + n + 2 > sizeof(name))
						break;
					if (len > 0)
						name[len++] = ' ';
					memcpy(name + len, w->shown, n);
					len += n;
				}
			name[len] = '\0';
		} else
			snprintf(name, sizeof(name), "%s", q->group[g].typed !=
			    NULL ? q->group[g].typed : q->group[g].codes);
		f = &q->nowhere[q->nnowhere];
		f->kind = SEARCH_FIX_NOWHERE;
		f->used = NULL;
		if ((f->typed = strdup(name)) == NULL)
			return false;
		if (c != NULL && (f->used = strdup(c->code)) == NULL) {
			free(f->typed);
			return false;
		}
		q->nnowhere++;
	}
	return true;
}

/* Compile the query again, after a change, and count again. */
static bool
recount(struct search *q, struct pub *const *v, size_t n, struct found *fd,
    size_t *df)
{
	enum search_status st;
	char		 err[256];

	free(fd->hit);
	free(fd->count);
	memset(fd, 0, sizeof(*fd));
	if ((st = compile(q, false, err, sizeof(err))) == SEARCH_OK &&
	    q->ngroups == 0)
		st = compile(q, true, err, sizeof(err));
	if (st == SEARCH_OK && q->ngroups == 0) {
		/* Every word was left out: nothing is found. */
		memset(df, 0, SEARCH_MAX_TERMS * sizeof(*df));
		return true;
	}
	return st == SEARCH_OK && pass(q, v, n, fd, df);
}

bool
search_run(struct search *q, struct pub *const *v, size_t n,
    struct search_hit **hits, size_t *nhits)
{
	struct found	 fd;
	size_t		 df[SEARCH_MAX_TERMS], i;
	bool		 changed = false;

	*hits = NULL;
	*nhits = 0;
	for (i = 0; i < q->nsuggestions; i++)
		free(q->suggestion[i]);
	q->nsuggestions = 0;
	for (i = 0; i < q->nnowhere; i++) {
		free(q->nowhere[i].typed);
		free(q->nowhere[i].used);
	}
	q->nnowhere = 0;
	if (!pass(q, v, n, &fd, df))
		goto oom;
	/*
	 * A term of several words that no record has ("mental health")
	 * is searched for word by word instead; not a place ("Sri Lanka",
	 * "New Zealand"), whose words apart would find other things.
	 */
	for (i = 0; i < q->ngroups; i++)
		if (q->group[i].span >= 0 && df[i] == 0 &&
		    q->group[i].codes == NULL) {
			q->split[q->group[i].span] = true;
			changed = true;
		}
	if (changed && !recount(q, v, n, &fd, df))
		goto oom;
	if (!(q->opts.off & SEARCH_OFF_TYPOS)) {
		if (!correct(q, v, n, df, &changed))
			goto oom;
		if (changed && !recount(q, v, n, &fd, df))
			goto oom;
	}
	if (!(q->opts.off & SEARCH_OFF_PLACES) && !find_nowhere(q, df))
		goto oom;
	if (fd.n == 0 && n > 0 && !suggest_words(q, v, n))
		goto oom;
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

const struct search_correction *
search_corrections(const struct search *q, size_t *n)
{
	struct search	*w = (struct search *)(uintptr_t)q;
	size_t		 i;

	for (i = 0; i < q->nfixes; i++) {
		w->corr[i].kind = q->fix[i].kind;
		w->corr[i].typed = q->fix[i].typed;
		w->corr[i].used = q->fix[i].used;
	}
	for (i = 0; i < q->nnowhere; i++) {
		w->corr[q->nfixes + i].kind = q->nowhere[i].kind;
		w->corr[q->nfixes + i].typed = q->nowhere[i].typed;
		w->corr[q->nfixes + i].used = q->nowhere[i].used;
	}
	*n = q->nfixes + q->nnowhere;
	return q->corr;
}

const char *const *
search_suggestions(const struct search *q, size_t *n)
{
	*n = q->nsuggestions;
	return (const char *const *)q->suggestion;
}

/*
 * Showing where the words are.
 */

struct locate {
	struct search	*q;
	const struct foldmap *fm;
	const char	*orig;		/* the unfolded text */
	size_t		 origlen;
	struct mark	*v;
	size_t		 n;
	size_t		 max;
	bool		 oom;
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
	long		 e;

	if (lc->n == lc->max || is_stopword(lc->q, w->p, w->len))
		return;
	if ((e = memo_get(lc->q, w->p, w->len)) == -2)
		lc->oom = true;
	if (e < 0)
		return;
	m = &lc->v[lc->n];
	m->start = lc->fm->from[w->start];
	m->end = orig_end(lc, w->end);
	/* A joined form covers its parts, already marked: widen the last. */
	while (w->joined && lc->n > 0 && lc->v[lc->n - 1].start >= m->start)
		lc->n--;
	lc->v[lc->n++] = *m;
}

/* Marks for the query's words in s; returns how many (a marker_fn). */
static size_t
locate(struct search *q, struct str s, struct mark *v, size_t max,
    bool *oom)
{
	struct locate	 lc;
	struct str	 f;

	if (!str_present(s))
		return 0;
	if ((f = fold_mapped(&q->fb, &q->fm, s.ptr, s.len)).ptr == NULL) {
		*oom = true;
		return 0;
	}
	memset(&lc, 0, sizeof(lc));
	lc.q = q;
	lc.fm = &q->fm;
	lc.orig = s.ptr;
	lc.origlen = s.len;
	lc.v = v;
	lc.max = max;
	words(f.ptr, f.len, locate_word, &lc);
	*oom |= lc.oom;
	return lc.n;
}

size_t
search_marker(void *arg, int field, struct str s, struct mark *v,
    size_t max, bool *oom)
{
	(void)field;
	return locate(arg, s, v, max, oom);
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
	bool		 oom = false;

	memset(out, 0, sizeof(*out));
	buf_reset(b);
	if (!str_present(s) || s.len == 0)
		return true;
	n = locate(q, s, m, sizeof(m) / sizeof(m[0]), &oom);
	if (oom)
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
