/*
 * lang.c: the ISO 639-1 table and name lookup.
 */
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "lang.h"
#include "suggest.h"

#define LANG(c, en, fr, es, nat)	{ c, en, fr, es, nat },
static const struct lang langs[] = {
#include "lang_table.inc"
};
#undef LANG

#define NLANGS	(sizeof(langs) / sizeof(langs[0]))

const struct lang *
lang_table(size_t *n)
{
	*n = NLANGS;
	return langs;
}

/* Does name, folded, equal the folded query q? */
static int
same_name(const char *name, struct str q, struct foldbuf *fb)
{
	struct str	 f;

	f = fold(fb, name, strlen(name));
	return f.ptr != NULL && f.len == q.len &&
	    memcmp(f.ptr, q.ptr, q.len) == 0;
}

const struct lang *
lang_lookup(const char *s, size_t len)
{
	struct foldbuf	 qb = { NULL, 0 }, fb = { NULL, 0 };
	const struct lang *found = NULL;
	struct str	 q;
	size_t		 i;

	q = fold(&qb, s, len);
	if (q.ptr == NULL)
		goto out;
	for (i = 0; i < NLANGS && found == NULL; i++) {
		const struct lang *l = &langs[i];
		if ((q.len == 2 && memcmp(q.ptr, l->code, 2) == 0) ||
		    same_name(l->english, q, &fb) ||
		    same_name(l->french, q, &fb) ||
		    same_name(l->spanish, q, &fb) ||
		    same_name(l->native, q, &fb))
			found = l;
	}
out:
	fold_free(&qb);
	fold_free(&fb);
	return found;
}

const char *
lang_suggest(const char *s, size_t len)
{
	const char	*names[NLANGS];
	size_t		 i;

	for (i = 0; i < NLANGS; i++)
		names[i] = langs[i].english;
	return suggest(s, len, names, NLANGS);
}
