/*
 * fold.c: case and accent folding with libunistring.
 *
 * Most catalogue text is ASCII, which folds to its lower case; each other
 * character pays for libunistring's normalisation once per process.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "fold.h"
#include "text.h"

static bool
reserve(struct foldbuf *fb, size_t need)
{
	char	*p;
	size_t	 cap;

	if (need <= fb->cap)
		return true;
	cap = fb->cap ? fb->cap : 256;
	while (cap < need) {
		if (cap > SIZE_MAX / 2)
			return false;
		cap *= 2;
	}
	if ((p = realloc(fb->buf, cap)) == NULL)
		return false;
	fb->buf = p;
	fb->cap = cap;
	return true;
}

/* Append the folded form of one valid UTF-8 run [s, s+len). */
static bool
fold_unicode(struct foldbuf *fb, size_t *o, const char *s, size_t len)
{
	uint8_t		*f;
	size_t		 flen, i, n;
	ucs4_t		 uc;
	int		 k;

	f = u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFKD, NULL,
	    &flen);
	if (f == NULL)
		return false;
	if (!reserve(fb, *o + flen + 1)) {
		free(f);
		return false;
	}
	for (i = 0; i < flen; i += n) {
		k = u8_mbtouc(&uc, f + i, flen - i);
		n = k > 0 ? (size_t)k : 1;
		if (uc_is_general_category(uc, UC_CATEGORY_M))
			continue;
		memcpy(fb->buf + *o, f + i, n);
		*o += n;
	}
	free(f);
	return true;
}

/*
 * Folding works character by character (see fold_mapped()), and a
 * catalogue uses few characters beyond ASCII, each many times: the
 * folded form of each is kept here once libunistring has given it, so
 * that libunistring runs once per character and process rather than
 * once per stretch of text (a title's curly apostrophe, an abstract's
 * accents).  Direct-mapped: a character whose place is taken is folded
 * by libunistring again, never wrongly.  Code point 0 marks a free
 * place: ASCII never comes here.
 */
#define CHAR_CACHE	512

static struct folded_char {
	ucs4_t		 uc;
	unsigned char	 len;
	char		 s[15];		/* longer results are not kept */
} char_cache[CHAR_CACHE];

/* Append the folded form of the valid UTF-8 run [s, s+len). */
static bool
fold_chars(struct foldbuf *fb, size_t *o, const char *s, size_t len)
{
	struct folded_char *c;
	ucs4_t		 uc;
	size_t		 i, n, before;

	for (i = 0; i < len; i += n) {
		n = (size_t)u8_mbtouc_unsafe(&uc, (const uint8_t *)s + i,
		    len - i);
		c = &char_cache[(uc ^ uc >> 9) % CHAR_CACHE];
		if (c->uc == uc) {
			if (!reserve(fb, *o + c->len + 1))
				return false;
			memcpy(fb->buf + *o, c->s, c->len);
			*o += c->len;
			continue;
		}
		before = *o;
		if (!fold_unicode(fb, o, s + i, n))
			return false;
		if (*o - before <= sizeof(c->s)) {
			c->uc = uc;
			c->len = (unsigned char)(*o - before);
			memcpy(c->s, fb->buf + before, c->len);
		}
	}
	return true;
}

/* Fold a run of non-ASCII bytes; stray invalid bytes pass unchanged. */
static bool
fold_run(struct foldbuf *fb, size_t *o, const char *s, size_t len)
{
	const uint8_t	*bad;
	size_t		 i, run;

	/* u8_casefold refuses invalid UTF-8 as a whole: fold valid runs. */
	for (i = 0; i < len; ) {
		bad = u8_check((const uint8_t *)s + i, len - i);
		run = bad == NULL ? len - i : (size_t)((const char *)bad - (s + i));
		if (run > 0 && !fold_chars(fb, o, s + i, run))
			return false;
		i += run;
		if (i < len) {
			if (!reserve(fb, *o + 2))
				return false;
			fb->buf[(*o)++] = s[i++];
		}
	}
	return true;
}

/*
 * ASCII is folded here, byte by byte; only the runs of other characters
 * go to libunistring.  Cutting the text there is safe: a UTF-8 sequence
 * never contains an ASCII byte, and decomposition and case folding work
 * character by character (marks that follow an ASCII letter are simply
 * dropped).
 */
struct str
fold(struct foldbuf *fb, const char *s, size_t len)
{
	size_t	 i, o, start;

	if (len == SIZE_MAX || !reserve(fb, len + 1))
		return STR_NONE;
	for (i = o = 0; i < len; ) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			/* Enough room: ASCII never grows. */
			fb->buf[o++] = (char)(c >= 'A' && c <= 'Z' ?
			    c + ('a' - 'A') : c);
			i++;
			continue;
		}
		for (start = i; i < len && (unsigned char)s[i] >= 0x80; i++)
			;
		if (!fold_run(fb, &o, s + start, i - start) ||
		    !reserve(fb, o + (len - i) + 1))
			return STR_NONE;
	}
	fb->buf[o] = '\0';
	return str_make(fb->buf, o);
}

void
fold_free(struct foldbuf *fb)
{
	free(fb->buf);
	fb->buf = NULL;
	fb->cap = 0;
}

static bool
reserve_map(struct foldmap *fm, size_t need)
{
	size_t	*from;

	if (need <= fm->cap)
		return true;
	if (need > SIZE_MAX / 2 / sizeof(*from) ||
	    (from = realloc(fm->from, need * 2 * sizeof(*from))) == NULL)
		return false;
	fm->from = from;
	fm->cap = need * 2;
	return true;
}

struct str
fold_mapped(struct foldbuf *fb, struct foldmap *fm, const char *s,
    size_t len)
{
	struct foldbuf	 one = { NULL, 0 };
	struct str	 f;
	size_t		 i, n, o = 0, k;
	uint32_t	 cp;

	/*
	 * Fold one character at a time: case folding, compatibility
	 * decomposition and dropping marks all work per character, so the
	 * result is the same as fold() of the whole, and each piece knows
	 * where it came from.
	 */
	for (i = 0; i < len; i += n) {
		n = text_decode(s + i, len - i, &cp);
		if ((f = fold(&one, s + i, n)).ptr == NULL ||
		    !reserve(fb, o + f.len + 1) ||
		    !reserve_map(fm, o + f.len + 1))
			goto oom;
		memcpy(fb->buf + o, f.ptr, f.len);
		for (k = 0; k < f.len; k++)
			fm->from[o + k] = i;
		o += f.len;
	}
	if (!reserve(fb, o + 1) || !reserve_map(fm, o + 1))
		goto oom;
	fm->from[o] = len;
	fb->buf[o] = '\0';
	fold_free(&one);
	return str_make(fb->buf, o);
oom:
	fold_free(&one);
	return STR_NONE;
}

void
foldmap_free(struct foldmap *fm)
{
	free(fm->from);
	fm->from = NULL;
	fm->cap = 0;
}

char *
fold_dup(const char *s, size_t len, size_t *outlen)
{
	struct foldbuf	 fb = { NULL, 0 };
	struct str	 f;
	char		*p;

	f = fold(&fb, s, len);
	if (f.ptr == NULL) {
		fold_free(&fb);
		return NULL;
	}
	if ((p = malloc(f.len + 1)) != NULL) {
		memcpy(p, f.ptr, f.len + 1);
		if (outlen != NULL)
			*outlen = f.len;
	}
	fold_free(&fb);
	return p;
}
