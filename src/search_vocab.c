/*
 * search_vocab.c: the words that records have, read when a query word is
 * in none of them, to correct it or to suggest words; the places no
 * record is about; and the cache that keeps the words between the
 * queries of the browser.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "fold.h"
#include "htab.h"
#include "lexicon.h"
#include "search.h"
#include "search_int.h"
#include "suggest.h"
#include "text.h"
#include "wordlist.h"

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
	uint32_t	 recent[RECENT];	/* as search_memo_get()'s */
	struct vocab_word *v;
	size_t		 n, cap;
	size_t		 minlen, maxlen;	/* only words of these lengths */
	struct typo	 typo[SEARCH_MAX_TERMS];	/* near these, if any */
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
		set |= (uint64_t)1 << (lower((unsigned char)w[i]) & 63);
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
	if (vb->ntypos > 0 &&
	    !near_a_typo(vb, byte_set(w->p, w->len), w->len))
		return;
	for (i = 0; i < w->len; i++) {
		buf[i] = (char)lower((unsigned char)w->p[i]);
		quick = quick * 31 + (unsigned char)buf[i];
	}
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
	if (!search_make_room(&vb->t, vb->n, vb->v, sizeof(*vb->v),
	    offsetof(struct vocab_word, h))) {
		vb->oom = true;
		return;
	}
	for (s = htab_first(&vb->t, h); s->idx != 0; s = htab_next(&vb->t, s))
		;
	if (!search_grow((void **)&vb->v, &vb->cap, vb->n, sizeof(*vb->v)) ||
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
		    !search_text_words(fb, v[i]->title, vocab_word, vb)) ||
		    (str_present(v[i]->abstract) &&
		    !search_text_words(fb, v[i]->abstract, vocab_word, vb)))
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
		if (x == not || search_is_stopword(q, x->w, x->len) ||
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
bool
search_correct(struct search *q, struct pub *const *v, size_t n,
    const size_t *df, bool *changed)
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
	for (k = 0; k < nunknown; k++)
		real[k] = wordlist_has(unknown[k], strlen(unknown[k]));
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

	return !w->joined && !w->place && !w->dropped &&
	    !search_being_typed(q, i) && !search_is_stopword(q, w->text, w->len);
}

/*
 * When nothing was found: words like the query's that records have, no
 * further from them than a typo (typo_limit()) may be.
 */
bool
search_suggest_words(struct search *q, struct pub *const *v, size_t n)
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
bool
search_find_nowhere(struct search *q, const size_t *df)
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
