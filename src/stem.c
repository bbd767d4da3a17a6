/*
 * stem.c: Snowball's stemmers, folded.
 *
 * libstemmer's stemmers keep state, so each is made once per struct
 * stemmer, and only when first needed.  Stems are folded because the
 * French and Spanish stemmers look at accents ("explotación" loses
 * "ación", "explotacion" does not): the caller may stem both the written
 * and the folded form of a word, and gets folded stems either way.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "fold.h"
#include "stem.h"

static const char *const algorithm[LEX__COUNT] = {
	[LEX_EN] = "english",
	[LEX_FR] = "french",
	[LEX_ES] = "spanish",
};

/*
 * The stems last made, by word: while a query is compiled its words and
 * the lexicon's terms that start as they do are stemmed again and again
 * (each thesaurus term against each word), at a few thousand instructions
 * a stem.  Direct-mapped on a hash of the word: a place holds one stem,
 * and a word whose place is taken is stemmed again.
 */
#define STEM_MEMO	256

struct stem_memo {
	unsigned char	 lang;		/* enum lex_lang + 1; 0: empty */
	unsigned char	 len;
	unsigned char	 stemlen;
	char		 w[STEM_MAX];
	char		 stem[STEM_MAX];
};

struct stemmer {
	struct sb_stemmer *sb[LEX__COUNT];
	struct foldbuf	 fb;
	struct stem_memo memo[STEM_MEMO];
};

struct stemmer *
stem_new(void)
{
	return calloc(1, sizeof(struct stemmer));
}

void
stem_free(struct stemmer *s)
{
	size_t	 i;

	if (s == NULL)
		return;
	for (i = 0; i < LEX__COUNT; i++)
		if (s->sb[i] != NULL)
			sb_stemmer_delete(s->sb[i]);
	fold_free(&s->fb);
	free(s);
}

static size_t
keep(const char *w, size_t len, char *out)
{
	if (len >= STEM_MAX)
		len = STEM_MAX - 1;
	memcpy(out, w, len);
	out[len] = '\0';
	return len;
}

/* The stem of w, from Snowball, folded. */
static size_t
stem_new_word(struct stemmer *s, enum lex_lang lang, const char *w,
    size_t len, char *out)
{
	const sb_symbol	*r;
	struct str	 f;
	size_t		 i, n;
	int		 ascii = 1;

	if (s->sb[lang] == NULL &&
	    (s->sb[lang] = sb_stemmer_new(algorithm[lang], "UTF_8")) == NULL)
		return SIZE_MAX;
	if ((r = sb_stemmer_stem(s->sb[lang], (const sb_symbol *)w,
	    (int)len)) == NULL)
		return SIZE_MAX;
	n = (size_t)sb_stemmer_length(s->sb[lang]);
	for (i = 0; i < n; i++)
		ascii &= r[i] < 0x80;
	if (ascii)
		return keep((const char *)r, n, out);
	if ((f = fold(&s->fb, (const char *)r, n)).ptr == NULL)
		return SIZE_MAX;
	return keep(f.ptr, f.len, out);
}

size_t
stem_word(struct stemmer *s, enum lex_lang lang, const char *w, size_t len,
    char *out)
{
	struct stem_memo *m;
	size_t		 i, h = lang, n;

	if (len >= STEM_MAX)
		return keep(w, len, out);
	for (i = 0; i < len; i++)
		h = h * 31 + (unsigned char)w[i];
	m = &s->memo[(h ^ h >> 9) % STEM_MEMO];
	if (m->lang == lang + 1 && m->len == len && memcmp(m->w, w, len) == 0)
		return keep(m->stem, m->stemlen, out);
	if ((n = stem_new_word(s, lang, w, len, out)) == SIZE_MAX)
		return SIZE_MAX;
	m->lang = (unsigned char)(lang + 1);
	m->len = (unsigned char)len;
	memcpy(m->w, w, len);
	m->stemlen = (unsigned char)n;
	memcpy(m->stem, out, n);
	return n;
}
