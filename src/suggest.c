/*
 * suggest.c: optimal string alignment distance for typo suggestions.
 *
 * The words compared here are keys, commands, options and language names:
 * short, so the O(n*m) table with three rows is plenty.
 */
#include <stdlib.h>
#include <string.h>

#include "suggest.h"

#define SUGGEST_MAXLEN	64

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

size_t
suggest_distance(const char *a, size_t alen, const char *b, size_t blen,
    size_t limit)
{
	size_t	 rows[3][SUGGEST_MAXLEN + 1];
	size_t	*pp, *p, *c, best, v;
	size_t	 i, j;

	if (alen > SUGGEST_MAXLEN || blen > SUGGEST_MAXLEN)
		return limit + 1;
	if ((alen > blen ? alen - blen : blen - alen) > limit)
		return limit + 1;
	pp = rows[0];
	p = rows[1];
	c = rows[2];
	for (j = 0; j <= blen; j++)
		p[j] = j;
	for (i = 1; i <= alen; i++) {
		c[0] = i;
		best = c[0];
		for (j = 1; j <= blen; j++) {
			int same = lower((unsigned char)a[i - 1]) ==
			    lower((unsigned char)b[j - 1]);
			v = p[j - 1] + (same ? 0 : 1);
			if (p[j] + 1 < v)
				v = p[j] + 1;
			if (c[j - 1] + 1 < v)
				v = c[j - 1] + 1;
			if (i > 1 && j > 1 &&
			    lower((unsigned char)a[i - 1]) ==
			    lower((unsigned char)b[j - 2]) &&
			    lower((unsigned char)a[i - 2]) ==
			    lower((unsigned char)b[j - 1]) &&
			    pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			c[j] = v;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
		{
			size_t *t = pp;
			pp = p;
			p = c;
			c = t;
		}
	}
	return p[blen] > limit ? limit + 1 : p[blen];
}

/*
 * The one candidate that word (three characters or more) starts, case
 * ignored: "lang" means "language" however far apart they are.
 */
static const char *
only_extension(const char *word, size_t len, const char *const *cands,
    size_t n)
{
	const char	*found = NULL;
	size_t		 i, k;

	if (len < 3)
		return NULL;
	for (i = 0; i < n; i++) {
		if (cands[i] == NULL || strlen(cands[i]) <= len)
			continue;
		for (k = 0; k < len && lower((unsigned char)word[k]) ==
		    lower((unsigned char)cands[i][k]); k++)
			;
		if (k < len)
			continue;
		if (found != NULL && strcmp(found, cands[i]) != 0)
			return NULL;	/* two: no guess */
		found = cands[i];
	}
	return found;
}

const char *
suggest(const char *word, size_t len, const char *const *cands, size_t n)
{
	const char	*best = NULL;
	size_t		 i, d, limit, bestd;

	limit = len < 3 ? 1 : len / 3 + 1;
	if (limit > 3)
		limit = 3;
	bestd = limit + 1;
	for (i = 0; i < n; i++) {
		if (cands[i] == NULL)
			continue;
		d = suggest_distance(word, len, cands[i], strlen(cands[i]),
		    limit);
		if (d < bestd) {
			bestd = d;
			best = cands[i];
		}
	}
	return best != NULL ? best : only_extension(word, len, cands, n);
}
