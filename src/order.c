/*
 * order.c: sort keys and a stable sort on pointers.
 *
 * qsort is not stable, so the comparator ends with catalogue order; with
 * a total order, any sort algorithm gives the same result.  Titles are
 * compared in folded form so that "État" sorts with "Etat" and case does
 * not split the alphabet in two; the folded keys are computed once per
 * record, not once per comparison.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "order.h"
#include "suggest.h"
#include "text.h"

static const enum field sortable[] = {
	FIELD_YEAR, FIELD_TITLE, FIELD_PAGES, FIELD_ID
};

#define NSORTABLE	(sizeof(sortable) / sizeof(sortable[0]))

bool
order_parse(struct order *o, const char *spec, char *err, size_t errsize)
{
	const char	*names[NSORTABLE], *p, *end, *next, *colon, *near;
	char		 q[64];
	size_t		 len, i;
	bool		 desc;
	int		 f;

	for (i = 0; i < NSORTABLE; i++)
		names[i] = field_name(sortable[i]);
	for (p = spec; ; p = next + 1) {
		/* "year, title": blanks around a key are not part of it. */
		p += strspn(p, " \t");
		if ((next = strchr(p, ',')) == NULL)
			next = p + strlen(p);
		for (end = next; end > p && (end[-1] == ' ' || end[-1] == '\t');
		    end--)
			;
		desc = false;
		if (*p == '-') {
			desc = true;
			p++;
		}
		len = (size_t)(end - p);
		colon = memchr(p, ':', len);
		if (colon != NULL) {
			size_t dl = (size_t)(end - colon - 1);
			if (dl == 4 && strncasecmp(colon + 1, "desc", 4) == 0)
				desc = !desc;
			else if (!(dl == 3 &&
			    strncasecmp(colon + 1, "asc", 3) == 0))
				goto badkey;
			len = (size_t)(colon - p);
		}
		f = field_find(p, len);
		for (i = 0; i < NSORTABLE && f >= 0; i++)
			if (sortable[i] == (enum field)f)
				break;
		if (f < 0 || i == NSORTABLE)
			goto badkey;
		if (o->nkeys == ORDER_MAX_KEYS) {
			snprintf(err, errsize, "too many sort keys (at most "
			    "%d)", ORDER_MAX_KEYS);
			return false;
		}
		o->key[o->nkeys].field = (enum field)f;
		o->key[o->nkeys].desc = desc;
		o->nkeys++;
		if (*next == '\0')
			return true;
		continue;
badkey:
		text_quote(q, sizeof(q), p, (size_t)(end - p), 20);
		near = suggest(p, colon != NULL ? (size_t)(colon - p) : len,
		    names, NSORTABLE);
		snprintf(err, errsize, "unknown sort key '%s'%s%s%s; keys are "
		    "year, title, pages and id, optionally -KEY or KEY:desc",
		    q, near ? " (did you mean '" : "", near ? near : "",
		    near ? "'?)" : "");
		return false;
	}
}

/* What the comparator sees: the record and its folded title. */
struct sortrec {
	struct pub	*p;
	char		*title;		/* folded, when sorting by title */
	size_t		 titlelen;
};

static const struct order *cur_order;	/* qsort has no context argument */

static int
cmp_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
	int	 c;

	if ((c = memcmp(a, b, alen < blen ? alen : blen)) != 0)
		return (c > 0) - (c < 0);
	return (alen > blen) - (alen < blen);
}

/* Numbers as numbers, the title folded, other text byte by byte. */
static int
cmp_field(const struct sortrec *a, const struct sortrec *b, enum field f)
{
	struct str	 x, y;
	long		 m, n;

	if (field_info(f)->kind == KIND_NUMBER) {
		m = pub_number(a->p, f);
		n = pub_number(b->p, f);
		return (m > n) - (m < n);
	}
	if (f == FIELD_TITLE)
		return cmp_bytes(a->title, a->titlelen, b->title, b->titlelen);
	x = pub_text(a->p, f);
	y = pub_text(b->p, f);
	return cmp_bytes(x.ptr, x.len, y.ptr, y.len);
}

static int
cmp_sortrec(const void *va, const void *vb)
{
	const struct sortrec	*a = va, *b = vb;
	const struct order	*o = cur_order;
	size_t			 i;
	int			 c;

	for (i = 0; i < o->nkeys; i++) {
		c = cmp_field(a, b, o->key[i].field);
		if (o->key[i].desc != o->reverse)
			c = -c;
		if (c != 0)
			return c;
	}
	c = (a->p->index > b->p->index) - (a->p->index < b->p->index);
	if (c == 0)		/* editions of one record, in their order */
		c = (a->p->edition > b->p->edition) -
		    (a->p->edition < b->p->edition);
	/* With no key at all, --reverse reverses catalogue order. */
	return o->nkeys == 0 && o->reverse ? -c : c;
}

bool
order_sort(const struct order *o, struct pub **v, size_t n)
{
	struct sortrec	*r;
	struct foldbuf	 fb = { NULL, 0 };
	struct str	 t;
	bool		 by_title = false, ok = true;
	size_t		 i;

	if (n < 2 || (o->nkeys == 0 && !o->reverse))
		return true;
	for (i = 0; i < o->nkeys; i++)
		by_title |= o->key[i].field == FIELD_TITLE;
	if ((r = calloc(n, sizeof(*r))) == NULL)
		return false;
	for (i = 0; i < n && ok; i++) {
		r[i].p = v[i];
		if (!by_title)
			continue;
		t = fold(&fb, v[i]->title.ptr, v[i]->title.len);
		if (t.ptr == NULL || (r[i].title = malloc(t.len + 1)) == NULL)
			ok = false;
		else {
			memcpy(r[i].title, t.ptr, t.len + 1);
			r[i].titlelen = t.len;
		}
	}
	if (ok) {
		cur_order = o;
		qsort(r, n, sizeof(*r), cmp_sortrec);
		cur_order = NULL;
		for (i = 0; i < n; i++)
			v[i] = r[i].p;
	}
	for (i = 0; i < n; i++)
		free(r[i].title);
	free(r);
	fold_free(&fb);
	return ok;
}
