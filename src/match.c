/*
 * match.c: show's query matching and its suggestions.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "ids.h"
#include "isbn.h"
#include "match.h"
#include "suggest.h"
#include "text.h"

static bool
push(struct match *m, struct pub *p)
{
	struct pub	**v;

	if ((m->n & (m->n - 1)) == 0) {	/* n is 0 or a power of two */
		size_t cap = m->n ? m->n * 2 : 4;
		if ((v = realloc(m->v, cap * sizeof(*v))) == NULL)
			return false;
		m->v = v;
	}
	m->v[m->n++] = p;
	return true;
}

/* Restart the result list at a better tier. */
static void
promote(struct match *m, enum match_how how)
{
	m->how = how;
	m->n = 0;
}

static bool
list_has_identifier(const struct strlist *l, const char *norm, size_t nlen)
{
	char	 buf[ISBN_NORM_MAX];
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (isbn_normalize(l->v[i].ptr, l->v[i].len, buf) == nlen &&
		    memcmp(buf, norm, nlen) == 0)
			return true;
	return false;
}

static bool
has_identifier(const struct pub *p, const char *norm, size_t nlen)
{
	char	 buf[ISBN_NORM_MAX];
	size_t	 i;

	if (list_has_identifier(&p->isbn, norm, nlen) ||
	    list_has_identifier(&p->eisbn, norm, nlen))
		return true;
	if (str_present(p->issn) &&
	    isbn_normalize(p->issn.ptr, p->issn.len, buf) == nlen &&
	    memcmp(buf, norm, nlen) == 0)
		return true;
	for (i = 0; i < p->neditions; i++)
		if (list_has_identifier(&p->editions[i]->isbn, norm, nlen))
			return true;
	return false;
}

/* Ranking of part-of-title matches: prefix first, then shorter. */
struct ranked {
	struct pub	*p;
	bool		 prefix;
};

static int
cmp_ranked(const void *va, const void *vb)
{
	const struct ranked	*a = va, *b = vb;

	if (a->prefix != b->prefix)
		return a->prefix ? -1 : 1;
	if (a->p->title.len != b->p->title.len)
		return (a->p->title.len > b->p->title.len) -
		    (a->p->title.len < b->p->title.len);
	return (a->p->index > b->p->index) - (a->p->index < b->p->index);
}

static bool
rank_parts(struct match *m, const bool *prefix)
{
	struct ranked	*r;
	size_t		 i;

	if (m->n < 2)
		return true;
	if ((r = malloc(m->n * sizeof(*r))) == NULL)
		return false;
	for (i = 0; i < m->n; i++) {
		r[i].p = m->v[i];
		r[i].prefix = prefix[m->v[i]->index];
	}
	qsort(r, m->n, sizeof(*r), cmp_ranked);
	for (i = 0; i < m->n; i++)
		m->v[i] = r[i].p;
	free(r);
	return true;
}

/* A query copied from a table's cut id: "caring-for-tra…". */
static size_t
without_ellipsis(const char *q, size_t len)
{
	if (len > 3 && memcmp(q + len - 3, "\xe2\x80\xa6", 3) == 0)
		return len - 3;
	return len;
}

/*
 * Could query be the start of an id: no blanks, and a '-' (so that a
 * word of a title, "trafficked", is taken as one)?
 */
static bool
id_shaped(const char *q, size_t len)
{
	return len > 0 && memchr(q, ' ', len) == NULL &&
	    memchr(q, '\t', len) == NULL && memchr(q, '-', len) != NULL;
}

bool
match_find(const struct catalog *cat, const char *query, size_t len,
    struct match *m)
{
	struct foldbuf	 fb = { NULL, 0 };
	struct match	 starts;
	struct str	 t;
	char		 norm[ISBN_NORM_MAX], *q = NULL;
	size_t		 i, qlen = 0, nlen, idlen;
	enum match_how	 how;
	bool		*prefix = NULL, ok = false, shaped;
	const char	*hit;

	memset(m, 0, sizeof(*m));
	memset(&starts, 0, sizeof(starts));
	idlen = without_ellipsis(query, len);
	shaped = id_shaped(query, idlen);
	nlen = isbn_normalize(query, len, norm);
	if (nlen != 8 && nlen != 13)
		nlen = 0;
	if ((q = fold_dup(query, len, &qlen)) == NULL ||
	    (prefix = calloc(cat->npubs + 1, sizeof(*prefix))) == NULL)
		goto out;
	for (i = 0; i < cat->npubs; i++) {
		struct pub *p = cat->pubs[i];

		if (shaped && ids_has_prefix(p->id, query, idlen) &&
		    !push(&starts, p))
			goto out;
		if (str_eq_nocase(p->id, str_make(query, len)))
			how = MATCH_ID;
		else if (nlen > 0 && has_identifier(p, norm, nlen))
			how = MATCH_IDENTIFIER;
		else {
			if ((t = fold(&fb, p->title.ptr, p->title.len)).ptr ==
			    NULL)
				goto out;
			if (t.len == qlen && memcmp(t.ptr, q, qlen) == 0)
				how = MATCH_TITLE;
			else if (qlen > 0 &&
			    (hit = memmem(t.ptr, t.len, q, qlen)) != NULL) {
				how = MATCH_PART_OF_TITLE;
				prefix[i] = hit == t.ptr;
			} else
				continue;
		}
		if (m->how == MATCH_NONE || how < m->how)
			promote(m, how);
		if (how == m->how && !push(m, p))
			goto out;
	}
	ok = true;
	if ((m->how == MATCH_NONE || m->how > MATCH_ID_PREFIX) &&
	    starts.n == 1) {
		promote(m, MATCH_ID_PREFIX);
		ok = push(m, starts.v[0]);
	} else if (m->how == MATCH_PART_OF_TITLE)
		ok = rank_parts(m, prefix);
	else if (m->how == MATCH_NONE && starts.n > 1) {
		free(m->v);
		*m = starts;
		m->how = MATCH_AMBIGUOUS;
		starts.v = NULL;
	}
out:
	fold_free(&fb);
	free(starts.v);
	free(q);
	free(prefix);
	if (!ok)
		match_free(m);
	return ok;
}

enum match_how
match_name(const struct catalog *cat, const char *query, size_t len,
    struct pub **p)
{
	char		 norm[ISBN_NORM_MAX];
	size_t		 i, nlen, idlen, nstarts = 0;
	bool		 startable;

	*p = NULL;
	idlen = without_ellipsis(query, len);
	startable = id_shaped(query, idlen);
	nlen = isbn_normalize(query, len, norm);
	if (nlen != 8 && nlen != 13)
		nlen = 0;
	for (i = 0; i < cat->npubs; i++)
		if (str_eq_nocase(cat->pubs[i]->id, str_make(query, len))) {
			*p = cat->pubs[i];
			return MATCH_ID;
		}
	for (i = 0; nlen > 0 && i < cat->npubs; i++)
		if (has_identifier(cat->pubs[i], norm, nlen)) {
			*p = cat->pubs[i];
			return MATCH_IDENTIFIER;
		}
	for (i = 0; startable && i < cat->npubs; i++)
		if (ids_has_prefix(cat->pubs[i]->id, query, idlen) &&
		    nstarts++ == 0)
			*p = cat->pubs[i];
	if (nstarts > 1)
		return MATCH_AMBIGUOUS;
	return nstarts == 1 ? MATCH_ID_PREFIX : MATCH_NONE;
}

void
match_free(struct match *m)
{
	free(m->v);
	memset(m, 0, sizeof(*m));
}

/*
 * Suggestions: how many of the query's words appear, give or take a
 * typo, among the title's words.
 */

#define SUGGEST_MAX_WORDS	16

struct word {
	const char	*p;
	size_t		 len;
};

static size_t
split_words(const char *s, size_t len, struct word *w, size_t max)
{
	size_t	 i = 0, n = 0, start;

	while (i < len && n < max) {
		while (i < len && !((unsigned char)s[i] >= 0x80 ||
		    (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
			i++;
		start = i;
		while (i < len && ((unsigned char)s[i] >= 0x80 ||
		    (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
			i++;
		if (i > start) {
			w[n].p = s + start;
			w[n].len = i - start;
			n++;
		}
	}
	return n;
}

struct candidate {
	struct pub	*p;
	size_t		 score;		/* higher is better */
};

static size_t
similarity(const struct word *qw, size_t nq, const char *t, size_t tlen)
{
	struct word	 tw[64];
	size_t		 nt, i, j, d, best, score = 0;

	nt = split_words(t, tlen, tw, 64);
	for (i = 0; i < nq; i++) {
		size_t limit = qw[i].len < 4 ? 0 : qw[i].len < 8 ? 1 : 2;
		best = limit + 1;
		for (j = 0; j < nt && best > 0; j++) {
			d = suggest_distance(qw[i].p, qw[i].len, tw[j].p,
			    tw[j].len, limit);
			if (d < best)
				best = d;
		}
		/* An exact word counts more than a near one. */
		if (best <= limit)
			score += 3 - best;
	}
	return score;
}

static int
cmp_candidate(const void *va, const void *vb)
{
	const struct candidate	*a = va, *b = vb;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->p->title.len != b->p->title.len)
		return a->p->title.len < b->p->title.len ? -1 : 1;
	return (a->p->index > b->p->index) - (a->p->index < b->p->index);
}

size_t
match_suggest(const struct catalog *cat, const char *query, size_t len,
    struct pub **out, size_t max)
{
	struct foldbuf	 fb = { NULL, 0 };
	struct word	 qw[SUGGEST_MAX_WORDS];
	struct candidate *c;
	struct str	 t;
	char		*q;
	size_t		 qlen, nq, i, n = 0, need, score;

	if ((q = fold_dup(query, len, &qlen)) == NULL)
		return SIZE_MAX;
	nq = split_words(q, qlen, qw, SUGGEST_MAX_WORDS);
	if ((c = calloc(cat->npubs + 1, sizeof(*c))) == NULL) {
		free(q);
		return SIZE_MAX;
	}
	/* Most of the query's words must be there to be worth a mention. */
	need = nq == 0 ? 1 : (nq * 3 + 1) / 2;
	for (i = 0; i < cat->npubs; i++) {
		struct pub *p = cat->pubs[i];
		if (suggest_distance(query, len, p->id.ptr, p->id.len, 3) <= 3) {
			c[n].p = p;
			c[n++].score = 3 * nq + 1;
			continue;
		}
		if (nq == 0)
			continue;
		if ((t = fold(&fb, p->title.ptr, p->title.len)).ptr == NULL) {
			n = SIZE_MAX;
			goto out;
		}
		if ((score = similarity(qw, nq, t.ptr, t.len)) >= need) {
			c[n].p = p;
			c[n++].score = score;
		}
	}
	qsort(c, n, sizeof(*c), cmp_candidate);
	if (n > max)
		n = max;
	for (i = 0; i < n; i++)
		out[i] = c[i].p;
out:
	fold_free(&fb);
	free(c);
	free(q);
	return n;
}
