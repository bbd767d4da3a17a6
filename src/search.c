/*
 * search.c: finding what a query means, and ranking it.
 *
 * A query is compiled into groups (one per concept the user typed), each
 * group into forms (the sequences of words that say it: "viet nam",
 * "vietnam", "trata de personas"), each word of a form into a slot, and
 * each slot into atoms: the ways a word of a record may fill it (exactly,
 * by an English, French or Spanish stem, as the start of a demonym),
 * each with a weight below 1 for anything but the word typed.  This
 * file compiles the query; search_int.h says where the other parts of
 * search are.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <uninorm.h>

#include "fold.h"
#include "lexicon.h"
#include "search.h"
#include "search_int.h"
#include "stem.h"
#include "text.h"

/* Words that say which language a query is in. */
static const char *const french_cues[] = {
	"au", "aux", "avec", "dans", "des", "du", "et", "la", "le", "les",
	"pour", "sur", "une"
};
static const char *const spanish_cues[] = {
	"con", "del", "el", "la", "las", "los", "para", "por", "sobre",
	"una", "y"
};

/*
 * The query model: atoms, slots, forms and groups.
 */

bool
search_grow(void **v, size_t *cap, size_t n, size_t size)
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
	if (!search_grow((void **)&q->atom, &q->atomcap, q->natoms, sizeof(*a)))
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
	if (!search_grow((void **)&q->form, &q->formcap, q->nforms, sizeof(*f)))
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
		if (search_is_stopword(q, p, (size_t)(e - p)))
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
bool
search_being_typed(const struct search *q, size_t i)
{
	const struct item *last;
	size_t		 len = strlen(q->query);

	if (!q->opts.typing || q->nitems == 0 || len == 0)
		return false;
	last = &q->item[q->nitems - 1];
	return !last->phrase && i >= last->first &&
	    strchr(" \t\n", q->query[len - 1]) == NULL;
}

/*
 * Is the word as typed an acronym ("NRM", "SoM", "NGOs"): two to six
 * letters, the first and another in capitals?  One is never taken for
 * a typo: "NRM" is not "nam".
 */
static bool
is_acronym(const char *shown)
{
	size_t	 n, upper = 0;

	if (!(shown[0] >= 'A' && shown[0] <= 'Z'))
		return false;
	for (n = 0; shown[n] != '\0'; n++) {
		if (!((shown[n] >= 'A' && shown[n] <= 'Z') ||
		    (shown[n] >= 'a' && shown[n] <= 'z')))
			return false;
		upper += shown[n] >= 'A' && shown[n] <= 'Z';
	}
	return n >= 2 && n <= 6 && upper >= 2;
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
		if (!keep_stopwords && search_is_stopword(q, w->text, w->len))
			return SEARCH_OK;
		if ((st = add_concept_group(q, w, 1, false, &found)) !=
		    SEARCH_OK)
			return st;
		if (found && q->group[q->ngroups - 1].codes != NULL) {
			/* Its name as typed, for search_find_nowhere(). */
			q->qw[it->first].place = true;
			g = &q->group[q->ngroups - 1];
			if ((g->typed = strdup(w->shown)) == NULL)
				return SEARCH_NOMEM;
		}
		if (found)
			return SEARCH_OK;
		if ((g = add_group(q, false)) == NULL)
			return SEARCH_BAD;
		g->typo = !search_being_typed(q, it->first) &&
		    !is_acronym(q->qw[it->first].shown);
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
	search_words(f.ptr, f.len, collect_word, &c);
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
		fr += search_in_list(french_cues, NELEM(french_cues), w,
		    q->qw[i].wlen);
		es += search_in_list(spanish_cues, NELEM(spanish_cues), w,
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
			if (!search_is_stopword(q, w[k].text, w[k].len))
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

enum search_status
search_compile(struct search *q, bool keep_stopwords, char *err, size_t errsize)
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
	*st = search_compile(q, false, err, errsize);
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
