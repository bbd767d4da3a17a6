/*
 * lang.c: the ISO 639-1 table and name lookup.
 */
#include <stdbool.h>
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

/* ISO 639-2 codes ("spa", "fre"), to their ISO 639-1 code. */
struct code3 {
	const char	*code3;
	const char	*code;
};

#define LANG3(c3, c)	{ c3, c },
static const struct code3 codes3[] = {
#include "lang_codes3.inc"
};
#undef LANG3

#define NCODES3	(sizeof(codes3) / sizeof(codes3[0]))

/* The ISO 639-1 code of a three-letter code q (folded); NULL if none. */
static const char *
code_of_code3(const char *q)
{
	size_t	 i;

	for (i = 0; i < NCODES3; i++)
		if (memcmp(codes3[i].code3, q, 3) == 0)
			return codes3[i].code;
	return NULL;
}

const struct lang *
lang_table(size_t *n)
{
	*n = NLANGS;
	return langs;
}

/*
 * The names folded once, on first use, into static storage: a lookup
 * then folds only the query.  (Static, not malloc'd, so that nothing
 * is left to free at exit.)
 */
#define NNAMES		4
#define FOLDED_STORE	(64 * 1024)

static char		 folded_store[FOLDED_STORE];
static const char	*folded[NLANGS][NNAMES];
static size_t		 folded_len[NLANGS][NNAMES];
static bool		 folded_ready;

static bool
fold_names(void)
{
	struct foldbuf	 fb = { NULL, 0 };
	struct str	 f;
	size_t		 i, k, used = 0;
	const char	*names[NNAMES];

	for (i = 0; i < NLANGS; i++) {
		names[0] = langs[i].english;
		names[1] = langs[i].french;
		names[2] = langs[i].spanish;
		names[3] = langs[i].native;
		for (k = 0; k < NNAMES; k++) {
			f = fold(&fb, names[k], strlen(names[k]));
			if (f.ptr == NULL || used + f.len + 1 > FOLDED_STORE) {
				fold_free(&fb);
				return false;
			}
			memcpy(folded_store + used, f.ptr, f.len + 1);
			folded[i][k] = folded_store + used;
			folded_len[i][k] = f.len;
			used += f.len + 1;
		}
	}
	fold_free(&fb);
	folded_ready = true;
	return true;
}

enum lang_status
lang_find(const char *s, size_t len, const struct lang **l)
{
	struct foldbuf	 qb = { NULL, 0 };
	struct str	 q;
	const char	*code;
	size_t		 i, k;

	*l = NULL;
	if (!folded_ready && !fold_names())
		return LANG_NOMEM;
	if ((q = fold(&qb, s, len)).ptr == NULL)
		return LANG_NOMEM;
	code = q.len == 3 ? code_of_code3(q.ptr) : NULL;
	for (i = 0; i < NLANGS && *l == NULL; i++) {
		if (q.len == 2 && memcmp(q.ptr, langs[i].code, 2) == 0)
			*l = &langs[i];
		if (code != NULL && strcmp(code, langs[i].code) == 0)
			*l = &langs[i];
		for (k = 0; k < NNAMES && *l == NULL; k++)
			if (folded_len[i][k] == q.len &&
			    memcmp(folded[i][k], q.ptr, q.len) == 0)
				*l = &langs[i];
	}
	fold_free(&qb);
	return *l != NULL ? LANG_FOUND : LANG_UNKNOWN;
}

/*
 * Names in any of the table's languages are compared, the English one
 * returned: "espagnl" and "Spansh" both mean Spanish.
 */
const char *
lang_suggest(const char *s, size_t len)
{
	const char	*names[NLANGS * NNAMES], *near;
	size_t		 i, k;

	for (i = 0; i < NLANGS; i++) {
		names[i * NNAMES] = langs[i].english;
		names[i * NNAMES + 1] = langs[i].french;
		names[i * NNAMES + 2] = langs[i].spanish;
		names[i * NNAMES + 3] = langs[i].native;
	}
	if ((near = suggest(s, len, names, NLANGS * NNAMES)) == NULL)
		return NULL;
	for (k = 0; names[k] != near; k++)
		;
	return langs[k / NNAMES].english;
}
