/*
 * stats.c: counting publications by year, decade, language,
 * availability or country.
 *
 * Languages are counted by what they mean, not how they are spelled:
 * each spelling is folded and looked up once (a hash table of folded
 * spellings), and spellings of one ISO 639-1 language share a group, so
 * that counting stays linear in the records however many there are.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "fold.h"
#include "htab.h"
#include "lang.h"
#include "stats.h"
#include "text.h"

#define YEARS_FILLED	1000	/* fill no longer a run of empty years */

/* A language spelling, folded, and the group it counts in. */
struct spelling {
	char		*folded;
	size_t		 len;
	size_t		 group;
};

/* Folded spellings, found by hash. */
struct spellings {
	struct spelling	*v;
	size_t		 n;
	struct htab	 index;		/* into v */
	size_t		*known;		/* per ISO 639-1 entry: group + 1 */
};

/*
 * Groups.
 */

static struct stats_group *
group_add(struct stats *G, struct str label)
{
	struct stats_group	*v;
	size_t		 cap;

	if (G->n == G->cap) {
		cap = G->cap ? G->cap * 2 : 16;
		if ((v = realloc(G->v, cap * sizeof(*v))) == NULL)
			return NULL;
		G->v = v;
		G->cap = cap;
	}
	v = &G->v[G->n++];
	memset(v, 0, sizeof(*v));
	v->label = label;
	return v;
}

/* A group named by a year ("2015") or a decade ("2010s"). */
static struct stats_group *
group_year(struct stats *G, long year, bool decade)
{
	struct stats_group	*g;

	if ((g = group_add(G, STR_NONE)) == NULL)
		return NULL;
	snprintf(g->name, sizeof(g->name), "%ld%s", year, decade ? "s" : "");
	return g;
}

/* What a group is called. */
struct str
stats_label(const struct stats_group *g)
{
	return g->name[0] != '\0' ? str_cstr(g->name) : g->label;
}

static int
cmp_long(const void *a, const void *b)
{
	long	 x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* Years or decades: sort the values, then count the runs. */
static bool
count_years(struct stats *G, struct pub *const *sel, size_t n, bool decade)
{
	struct stats_group	*g;
	long		*v, y, step;
	size_t		 i, j;
	bool		 ok = true, fill;

	if ((v = malloc((n + 1) * sizeof(*v))) == NULL)
		return false;
	for (i = 0; i < n; i++)
		v[i] = decade ? sel[i]->year - sel[i]->year % 10 : sel[i]->year;
	qsort(v, n, sizeof(*v), cmp_long);
	/*
	 * Every year (decade) from the first to the last, those without
	 * a publication included: a gap left out would bend the chart.
	 */
	step = decade ? 10 : 1;
	fill = n > 0 && (v[n - 1] - v[0]) / step <= YEARS_FILLED;
	for (i = 0; ok && i < n; i = j) {
		for (j = i; j < n && v[j] == v[i]; j++)
			;
		for (y = i > 0 ? v[i - 1] + step : v[i]; ok && fill &&
		    y < v[i]; y += step)
			ok = group_year(G, y, decade) != NULL;
		g = ok ? group_year(G, v[i], decade) : NULL;
		if ((ok = g != NULL))
			g->count = j - i;
	}
	free(v);
	return ok;
}

static bool
count_availability(struct stats *G, struct pub *const *sel, size_t n)
{
	static const char *const words[] = { "pdf", "hardcopy", "none" };
	size_t		 count[3] = { 0, 0, 0 }, i;
	struct stats_group	*g;

	for (i = 0; i < n; i++) {
		count[0] += (sel[i]->avail & AVAIL_PDF) != 0;
		count[1] += (sel[i]->avail & AVAIL_HARDCOPY) != 0;
		count[2] += sel[i]->avail == 0;
	}
	for (i = 0; i < 3; i++) {
		if (count[i] == 0)
			continue;
		if ((g = group_add(G, str_cstr(words[i]))) == NULL)
			return false;
		g->count = count[i];
	}
	return true;
}

/*
 * Countries: codes, as the catalogue writes them, sorted so that each
 * run is a group; then most publications first.
 */

static int
cmp_str(const void *a, const void *b)
{
	const struct str *x = a, *y = b;
	int	 c = memcmp(x->ptr, y->ptr, x->len < y->len ? x->len : y->len);

	return c != 0 ? c : (x->len > y->len) - (x->len < y->len);
}

static int
cmp_count_label(const void *a, const void *b)
{
	const struct stats_group	*x = a, *y = b;

	if (x->count != y->count)
		return (x->count < y->count) - (x->count > y->count);
	return cmp_str(&x->label, &y->label);
}

static bool
count_countries(struct stats *G, struct pub *const *sel, size_t n)
{
	struct str	*v;
	struct stats_group	*g;
	size_t		 i, j, k = 0, total = 0, none = 0;
	bool		 ok = true;

	for (i = 0; i < n; i++)
		total += sel[i]->countries.n;
	if ((v = malloc((total + 1) * sizeof(*v))) == NULL)
		return false;
	for (i = 0; i < n; i++) {
		none += sel[i]->countries.n == 0;
		for (j = 0; j < sel[i]->countries.n; j++)
			v[k++] = sel[i]->countries.v[j];
	}
	qsort(v, total, sizeof(*v), cmp_str);
	for (i = 0; ok && i < total; i = j) {
		for (j = i; j < total && cmp_str(&v[j], &v[i]) == 0; j++)
			;
		if ((ok = (g = group_add(G, v[i])) != NULL))
			g->count = j - i;
	}
	free(v);
	if (ok && G->n > 1)
		qsort(G->v, G->n, sizeof(*G->v), cmp_count_label);
	if (ok && none > 0) {
		if ((g = group_add(G, str_cstr("none"))) == NULL)
			return false;
		g->count = none;
	}
	return ok;
}

/*
 * Languages.
 */

/* Room for n spellings at most; false when out of memory. */
static bool
spellings_init(struct spellings *S, size_t n)
{
	size_t	 nlangs;

	memset(S, 0, sizeof(*S));
	if (!htab_init(&S->index, n))
		return false;
	lang_table(&nlangs);
	S->v = calloc(n + 1, sizeof(*S->v));
	S->known = calloc(nlangs, sizeof(*S->known));
	return S->v != NULL && S->known != NULL;
}

static void
spellings_free(struct spellings *S)
{
	size_t	 i;

	for (i = 0; i < S->n; i++)
		free(S->v[i].folded);
	free(S->v);
	htab_free(&S->index);
	free(S->known);
}

/*
 * The group of a spelling met for the first time: its language's, or a
 * new one named by it, sorted by key (the spelling folded).
 */
static size_t
language_group(struct stats *G, struct spellings *S, struct str s,
    const char *key)
{
	const struct lang	*l, *table;
	struct stats_group		*g;
	size_t			 nlangs, k;
	bool			 oom = false;

	table = lang_table(&nlangs);
	if ((l = lang_find(s.ptr, s.len, &oom)) == NULL && oom)
		return SIZE_MAX;
	if (l != NULL && S->known[k = (size_t)(l - table)] != 0)
		return S->known[k] - 1;
	if ((g = group_add(G, s)) == NULL)
		return SIZE_MAX;
	g->key = key;
	if (l != NULL)
		S->known[l - table] = G->n;
	return G->n - 1;
}

/* The group that s counts in; SIZE_MAX when out of memory. */
static size_t
spelling_group(struct stats *G, struct spellings *S, struct foldbuf *fb,
    struct str s)
{
	struct spelling	*sp;
	struct hslot	*sl;
	struct str	 f;
	size_t		 group;
	uint64_t	 h;

	if ((f = fold(fb, s.ptr, s.len)).ptr == NULL)
		return SIZE_MAX;
	h = htab_hash(f.ptr, f.len);
	for (sl = htab_first(&S->index, h); sl->idx != 0;
	    sl = htab_next(&S->index, sl)) {
		sp = &S->v[sl->idx - 1];
		if (sl->h == h && sp->len == f.len &&
		    memcmp(sp->folded, f.ptr, f.len) == 0)
			return sp->group;
	}
	sp = &S->v[S->n];
	if ((sp->folded = malloc(f.len + 1)) == NULL)
		return SIZE_MAX;
	memcpy(sp->folded, f.ptr, f.len + 1);
	sp->len = f.len;
	if ((group = language_group(G, S, s, sp->folded)) == SIZE_MAX) {
		free(sp->folded);
		return SIZE_MAX;
	}
	sp->group = group;
	sl->h = h;
	sl->idx = ++S->n;
	return group;
}

/* Most counted first, then by name, case and accents ignored. */
static int
cmp_language(const void *a, const void *b)
{
	const struct stats_group	*x = a, *y = b;

	if (x->count != y->count)
		return (x->count < y->count) - (x->count > y->count);
	return strcmp(x->key, y->key);
}

static bool
count_record_languages(struct stats *G, struct spellings *S,
    struct foldbuf *fb, const struct pub *p)
{
	struct stats_group	*g;
	size_t		 i, k;

	for (i = 0; i < p->languages.n; i++) {
		if ((k = spelling_group(G, S, fb, p->languages.v[i])) ==
		    SIZE_MAX)
			return false;
		g = &G->v[k];
		/* "Spanish" and "es" in one record count once. */
		if (g->last != p->index + 1) {
			g->last = p->index + 1;
			g->count++;
		}
	}
	return true;
}

static bool
count_languages(struct stats *G, struct pub *const *sel, size_t n)
{
	struct spellings S;
	struct foldbuf	 fb = { NULL, 0 };
	struct stats_group	*g;
	size_t		 i, total = 0, none = 0;
	bool		 ok;

	for (i = 0; i < n; i++)
		total += sel[i]->languages.n;
	ok = spellings_init(&S, total);
	for (i = 0; ok && i < n; i++) {
		none += sel[i]->languages.n == 0;
		ok = count_record_languages(G, &S, &fb, sel[i]);
	}
	/* Two groups never share a key: languages are distinct. */
	if (ok && G->n > 1)
		qsort(G->v, G->n, sizeof(*G->v), cmp_language);
	/* Those without, last, like availability's "none". */
	if (ok && none > 0) {
		if ((g = group_add(G, str_cstr("none"))) == NULL)
			ok = false;
		else
			g->count = none;
	}
	fold_free(&fb);
	spellings_free(&S);
	return ok;
}

bool
stats_count(struct stats *G, enum stats_by by, struct pub *const *sel,
    size_t n)
{
	switch (by) {
	case STATS_YEAR:
	case STATS_DECADE:
		return count_years(G, sel, n, by == STATS_DECADE);
	case STATS_LANGUAGE:
		return count_languages(G, sel, n);
	case STATS_COUNTRY:
		return count_countries(G, sel, n);
	case STATS_AVAILABILITY:
	default:
		return count_availability(G, sel, n);
	}
}

void
stats_free(struct stats *G)
{
	free(G->v);
	G->v = NULL;
	G->n = G->cap = 0;
}
