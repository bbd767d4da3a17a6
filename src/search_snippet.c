/*
 * search_snippet.c: where the query's words are in a record's text, for
 * highlighting them and for a one-line extract around them.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "fold.h"
#include "search.h"
#include "search_int.h"
#include "text.h"

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

	if (lc->n == lc->max || search_is_stopword(lc->q, w->p, w->len))
		return;
	if ((e = search_memo_get(lc->q, w->p, w->len)) == -2)
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
	search_words(f.ptr, f.len, locate_word, &lc);
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
