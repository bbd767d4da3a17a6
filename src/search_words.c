/*
 * search_words.c: cutting text into words, and the words too common to
 * search for.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <unictype.h>

#include "fold.h"
#include "lexicon.h"
#include "search_int.h"
#include "text.h"

bool
search_in_list(const char *const *v, size_t n, const char *w, size_t len)
{
	size_t	 lo = 0, hi = n, mid;
	int	 c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = str_cmp_cstr(v[mid], w, len);
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/*
 * Common words (lexicon.h) are not worth finding: those of every query,
 * and those of the query's languages.
 */
bool
search_is_stopword(const struct search *q, const char *w, size_t len)
{
	int	 langs = lex_stopword(w, len);
	size_t	 l;

	for (l = 0; l < LEX__COUNT; l++)
		if (q->lang[l] && (langs & 1 << l))
			return true;
	return langs & LEX_ANY;
}

/*
 * Cutting folded text into words.
 */

/*
 * ASCII letters and digits, upper case too (ASCII text is not folded);
 * other bytes are not.
 */
const unsigned char search_ascii_word[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
};

/* Bytes of the word character at s[i], 0 if there is none. */
static inline size_t
word_char(const char *s, size_t len, size_t i)
{
	uint32_t	 cp;
	size_t		 n;

	if ((unsigned char)s[i] < 0x80)
		return search_ascii_word[(unsigned char)s[i]];
	n = text_decode(s + i, len - i, &cp);
	return !(cp & TEXT_BADBYTE) && uc_is_alnum(cp) ? n : 0;
}

static size_t
hyphen(const char *s, size_t len, size_t i)
{
	if (s[i] == '-')
		return 1;
	/* U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN */
	if (len - i >= 3 && (unsigned char)s[i] == 0xe2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x90 || (unsigned char)s[i + 2] == 0x91))
		return 3;
	return 0;
}

/* The word s[start..end), as search_words() gives it. */
static inline struct word
word_at(const char *s, size_t start, size_t end)
{
	struct word	 w = { s + start, end - start, start, end, false };

	return w;
}

/*
 * Call fn for each word of the folded text s; for a compound such as
 * "re-trafficking", for each part and then for the joined form.
 */
void
search_words(const char *s, size_t len, word_fn *fn, void *arg)
{
	char		 joined[MAX_WORD];
	struct word	 w;
	size_t		 i = 0, n, h, jlen, cstart, pstart;
	bool		 fits, compound;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 ? !search_ascii_word[c] :
		    word_char(s, len, i) == 0) {
			i++;
			continue;
		}
		cstart = i;
		jlen = 0;
		fits = true;
		compound = false;
		for (;;) {
			pstart = i;
			while (i < len) {
				c = (unsigned char)s[i];
				if (c < 0x80) {
					if (!search_ascii_word[c])
						break;
					i++;
				} else if ((n = word_char(s, len, i)) > 0)
					i += n;
				else
					break;
			}
			w = word_at(s, pstart, i);
			fn(arg, &w);
			if (i >= len || (h = hyphen(s, len, i)) == 0 ||
			    i + h >= len || word_char(s, len, i + h) == 0)
				break;
			/* A compound: keep its parts for the joined form. */
			if (jlen + (i - pstart) < sizeof(joined))
				memcpy(joined + jlen, s + pstart, i - pstart);
			else
				fits = false;
			jlen += i - pstart;
			compound = true;
			i += h;
		}
		if (compound && fits && jlen + w.len < sizeof(joined)) {
			memcpy(joined + jlen, w.p, w.len);
			w.p = joined;
			w.len += jlen;
			w.start = cstart;
			w.end = i;
			w.joined = true;
			fn(arg, &w);
		}
	}
}

/*
 * A stretch of s that search_words() must cut: from start, the first byte of
 * a word that runs into a hyphen or a byte beyond ASCII (or that byte),
 * to the next ASCII byte that is neither a letter, a digit nor a
 * hyphen.  Folded into fb if it is not ASCII (ASCII compares in any
 * case: search_memo_get() and vocab_word() take the lower case), and cut.
 * Cutting the text there gives the words that cutting the whole would:
 * an ASCII separator other than a hyphen ends a word and a compound, and
 * folds to itself; fold() works character by character.  *end is where
 * the stretch ends.
 */
bool
search_stretch_words(struct foldbuf *fb, const char *s, size_t len,
    size_t start, size_t *end, word_fn *fn, void *arg)
{
	struct str	 f;
	size_t		 i;
	unsigned char	 c, high = 0;

	for (i = start; i < len; i++) {
		c = (unsigned char)s[i];
		if (c < 0x80 && !search_ascii_word[c] && c != '-')
			break;
		high |= c;
	}
	*end = i;
	f = str_make(s + start, i - start);
	if (high >= 0x80 && (f = fold(fb, f.ptr, f.len)).ptr == NULL)
		return false;
	search_words(f.ptr, f.len, fn, arg);
	return true;
}

/* ASCII bytes between words (a NUL too is one, but ends the text). */
const unsigned char search_ascii_between[256] = {
	[1] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 0x01 to 0x1f */
	[' '] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* to '/' */
	[':'] = 1, 1, 1, 1, 1, 1, 1,		/* ':' to '@' */
	['['] = 1, 1, 1, 1, 1, 1,		/* '[' to '`' */
	['{'] = 1, 1, 1, 1, 1,			/* '{' to 0x7f */
};

/*
 * Call fn for each word of s as the record has it (s[len] is NUL), as
 * search_words() of s folded would, ASCII words in the case s has them.
 */
bool
search_text_words(struct foldbuf *fb, struct str s, word_fn *fn, void *arg)
{
	struct word	 w;
	size_t		 i = 0, start;

	for (;;) {
		while (search_ascii_between[(unsigned char)s.ptr[i]])
			i++;
		if (i >= s.len)
			break;
		if (s.ptr[i] == '\0') {
			i++;
			continue;
		}
		start = i;
		while (search_ascii_word[(unsigned char)s.ptr[i]])
			i++;
		if ((unsigned char)s.ptr[i] >= 0x80 || s.ptr[i] == '-') {
			if (!search_stretch_words(fb, s.ptr, s.len, start, &i,
			    fn, arg))
				return false;
			continue;
		}
		w = word_at(s.ptr, start, i);
		fn(arg, &w);
	}
	return true;
}
