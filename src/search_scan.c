/*
 * search_scan.c: one pass over the records, counting the query's words,
 * then the ranking; search_run() corrects typos and counts again when it
 * must.
 *
 * Most words of a record are turned away by their first bytes (no atom
 * starts with them); the others are looked up in a memo that says, for
 * each distinct word, which slots it fills, so that each is stemmed once
 * per search.  A form is found when its last slot is filled and the words
 * before filled the others.  Each group then has a weighted count in each
 * field, and the records are ranked by the concepts they have and BM25
 * once the pass is over.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "fold.h"
#include "htab.h"
#include "lang.h"
#include "lexicon.h"
#include "search.h"
#include "search_int.h"
#include "stem.h"
#include "text.h"

static const double weight[SF__COUNT] = {
	[SF_TITLE] = 3.0,
	[SF_ABSTRACT] = 1.0,
	[SF_LANGUAGES] = 2.0,
	[SF_ID] = 0.5,		/* ids mostly repeat the title's words */
	[SF_COUNTRIES] = 2.0,	/* what the record is about, said once */
};

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
	    !search_in_list(demonym_endings, NELEM(demonym_endings), w + n,
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
	if (!search_grow((void **)&q->hit, &q->hitcap, q->nhits,
	    sizeof(*q->hit)))
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
bool
search_make_room(struct htab *t, size_t n, const void *v, size_t size,
    size_t off)
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
long
search_memo_get(struct search *q, const char *p, size_t len)
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
		if (s->h == h && e->len == len &&
		    memcmp(e->word, w, len) == 0) {
			*r = (uint32_t)s->idx;
			return e->n > 0 ? (long)s->idx - 1 : -1;
		}
	}
	if (!search_grow((void **)&q->entry, &q->entrycap, q->nentries,
	    sizeof(*e)))
		return -2;
	if (!search_make_room(&q->memo, q->nentries, q->entry, sizeof(*e),
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
	long		 e = search_memo_get(sc->q, w->p, w->len);

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
 * Count the words of s as the record has it (s[len] is NUL, as struct
 * str promises: it ends the loops below).  This loop runs over every
 * byte of every abstract: ASCII words are cut here, and only the few that
 * may_match() lets through need more than a count; the rare stretch with
 * a hyphen or a letter beyond ASCII goes to search_stretch_words().
 * search_text_words() is the same loop for any use of the words.
 */
static bool
count_text(struct scan *sc, const char *s, size_t len)
{
	struct search	*q = sc->q;
	size_t		 i = 0, start;
	long		 e;

	for (;;) {
		while (search_ascii_between[(unsigned char)s[i]])
			i++;
		if (i >= len)
			break;
		if (s[i] == '\0') {
			i++;
			continue;
		}
		start = i;
		while (search_ascii_word[(unsigned char)s[i]])
			i++;
		if ((unsigned char)s[i] >= 0x80 || s[i] == '-') {
			if (!search_stretch_words(&q->fb, s, len, start, &i,
			    count_word, sc))
				return false;
			continue;
		}
		/* A word that fills no slot is only counted. */
		if (!may_match(q, s + start, i - start)) {
			sc->pos++;
			continue;
		}
		if ((e = search_memo_get(sc->q, s + start, i - start)) == -2) {
			sc->oom = true;
			e = -1;
		}
		at_word(sc, e);
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
		search_words(s.ptr, s.len, count_word, &sc);
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

/*
 * The score of a hit from its counts, packed as keep_hit() left them:
 * its BM25 times the share of the query's concepts it has, each concept
 * weighing its idf (gidf: how few records have it).  A record with every
 * concept keeps all of its BM25; one without a concept loses that
 * concept's share, a rare concept's more than a common one's.  Counting
 * concepts instead let a common word that a record happens to have
 * ("difference", "resources") outrank the record whose title has the
 * words that matter.
 */
static double
score(const struct search *q, const float *count, const double *idf,
    const double *avglen, const double *gidf)
{
	double		 bm25 = 0, in, have = 0, all = 0;
	size_t		 g;

	for (g = 0; g < q->ngroups; g++) {
		if (q->group[g].whole >= 0)
			continue;	/* counted with its region */
		in = group_bm25(q, count, idf, avglen, g);
		if (in == 0 && q->group[g].nparts > 0)
			in = parts_bm25(q, count, idf, avglen, g);
		all += gidf[g];
		if (in > 0)
			have += gidf[g];
		bm25 += in;
	}
	if (q->opts.off & SEARCH_OFF_COVERAGE || all == 0)
		return bm25;
	return bm25 * have / all;
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
	double		 idf[NCOUNT], avglen[SF__COUNT], gidf[SEARCH_MAX_TERMS];
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
	/* How much each concept tells records apart: see score(). */
	for (g = 0; g < q->ngroups; g++)
		gidf[g] = log(1 + ((double)n - (double)df[g] + 0.5) /
		    ((double)df[g] + 0.5));
	for (i = 0; i < fd->n; i++)
		fd->hit[i].score = score(q, fd->count + i * fd->stride, idf,
		    avglen, gidf);
	if (fd->n > 1)
		qsort(fd->hit, fd->n, sizeof(*fd->hit), cmp_hit);
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
	if ((st = search_compile(q, false, err, sizeof(err))) == SEARCH_OK &&
	    q->ngroups == 0)
		st = search_compile(q, true, err, sizeof(err));
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
	char		 err[256];
	bool		 changed = false;

	*hits = NULL;
	*nhits = 0;
	memset(&fd, 0, sizeof(fd));
	for (i = 0; i < q->nsuggestions; i++)
		free(q->suggestion[i]);
	q->nsuggestions = 0;
	for (i = 0; i < q->nnowhere; i++) {
		free(q->nowhere[i].typed);
		free(q->nowhere[i].used);
	}
	q->nnowhere = 0;
	/*
	 * Run again (browse does, when its records change), a search starts
	 * from the query as typed: the corrections of the run before, and
	 * the terms it searched word by word, were for other records.
	 */
	if (q->nfixes > 0 || memchr(q->split, true, sizeof(q->split)) != NULL) {
		for (i = 0; i < q->nfixes; i++) {
			free(q->fix[i].typed);
			free(q->fix[i].used);
		}
		q->nfixes = 0;
		memset(q->split, 0, sizeof(q->split));
		if (search_compile(q, false, err, sizeof(err)) != SEARCH_OK)
			goto oom;
	}
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
		if (!search_correct(q, v, n, df, &changed))
			goto oom;
		if (changed && !recount(q, v, n, &fd, df))
			goto oom;
	}
	if (!(q->opts.off & SEARCH_OFF_PLACES) && !search_find_nowhere(q, df))
		goto oom;
	if (fd.n == 0 && n > 0 && !search_suggest_words(q, v, n))
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
