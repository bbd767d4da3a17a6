/*
 * lexicon.c: looking things up in the generated tables of lexicon.h.
 */
#include <stdlib.h>
#include <string.h>

#include <unictype.h>

#include "fold.h"
#include "lexicon.h"
#include "text.h"

static int
upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
}

const struct lex_country *
lex_country(const char *code, size_t len)
{
	size_t	 lo = 0, hi = lex_ncountries, mid;
	char	 k[3];
	int	 c;

	if (len != 2)
		return NULL;
	k[0] = (char)upper((unsigned char)code[0]);
	k[1] = (char)upper((unsigned char)code[1]);
	k[2] = '\0';
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(lex_countries[mid].code, k)) == 0)
			return &lex_countries[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const struct lex_place *
lex_place(const char *name, size_t len)
{
	size_t	 lo = 0, hi = lex_nplaces, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = str_cmp_cstr(lex_places[mid].name, name, len);
		if (c == 0) {
			/* A country before a region of the same name. */
			while (mid > 0 && strcmp(lex_places[mid - 1].name,
			    lex_places[mid].name) == 0)
				mid--;
			return &lex_places[mid];
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *
lex_find_place(const char *s, size_t len, bool *oom)
{
	const struct lex_country *c;
	const struct lex_place	*pl;
	char			*f, *key;
	size_t			 flen, i, n = 0, k;
	uint32_t		 cp;
	bool			 space = false;

	if ((c = lex_country(s, len)) != NULL)
		return c->code;
	if ((f = fold_dup(s, len, &flen)) == NULL ||
	    (key = malloc(flen + 1)) == NULL) {
		free(f);
		*oom = true;
		return NULL;
	}
	/* Words separated by one space, as the table writes them. */
	for (i = 0; i < flen; i += k) {
		k = text_decode(f + i, flen - i, &cp);
		if (!(cp & TEXT_BADBYTE) && uc_is_alnum(cp)) {
			if (space && n > 0)
				key[n++] = ' ';
			memcpy(key + n, f + i, k);
			n += k;
			space = false;
		} else
			space = true;
	}
	key[n] = '\0';
	pl = n > 0 ? lex_place(key, n) : NULL;
	free(key);
	free(f);
	return pl != NULL ? pl->codes : NULL;
}

int
lex_stopword(const char *w, size_t len)
{
	size_t	 lo = 0, hi = lex_nstopwords, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = str_cmp_cstr(lex_stopwords[mid].word, w, len);
		if (c == 0)
			return lex_stopwords[mid].langs;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

bool
lex_codes_have(const char *codes, const char *code)
{
	const char	*p;

	for (p = codes; *p != '\0'; p += p[2] == ' ' ? 3 : 2)
		if (p[0] == code[0] && p[1] == code[1])
			return true;
	return false;
}
