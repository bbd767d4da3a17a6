/*
 * out.c: escaping, measuring, fitting and wrapping output text.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>
#include <uniwidth.h>

#include "out.h"
#include "text.h"

void
out_init(struct out *o, FILE *fp, bool tty, bool color, size_t width)
{
	o->fp = fp;
	o->tty = tty;
	o->color = color;
	o->width = width;
	o->oom = false;
	o->nmarkers = 0;
	o->style = STYLE_NONE;
}

void
out_add_marker(struct out *o, marker_fn *fn, void *arg)
{
	/* A fixed few: a filter and a search at most, so far. */
	if (o->nmarkers < OUT_MAX_MARKERS) {
		o->marker[o->nmarkers].fn = fn;
		o->marker[o->nmarkers].arg = arg;
		o->nmarkers++;
	}
}

const struct marks *
out_marks(struct out *o, int field, struct str s, struct mark *buf,
    struct marks *mk)
{
	size_t	 i, n;

	if (!o->color || o->nmarkers == 0 || !str_present(s))
		return NULL;
	mk->v = buf;
	mk->n = 0;
	for (i = 0; i < o->nmarkers && mk->n < OUT_MAX_MARKS; i++) {
		n = o->marker[i].fn(o->marker[i].arg, field, s, buf + mk->n,
		    OUT_MAX_MARKS - mk->n, &o->oom);
		mk->n += n;
	}
	if (o->oom)
		return NULL;
	if (o->nmarkers > 1)
		mk->n = marks_merge(buf, mk->n);
	return mk->n > 0 ? mk : NULL;
}

void
out_raw(struct out *o, const char *s, size_t len)
{
	if (len > 0)
		fwrite(s, 1, len, o->fp);
}

void
out_str(struct out *o, const char *s)
{
	fputs(s, o->fp);
}

void
out_char(struct out *o, int c)
{
	putc(c, o->fp);
}

void
out_number(struct out *o, long v)
{
	char		 buf[24];
	size_t		 i = sizeof(buf);
	unsigned long	 u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	/* By hand: printf's machinery is most of a plain list's cost. */
	do {
		buf[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		buf[--i] = '-';
	out_raw(o, buf + i, sizeof(buf) - i);
}

void
out_spaces(struct out *o, size_t n)
{
	static const char spaces[] = "                                ";

	while (n > 0) {
		size_t k = n < sizeof(spaces) - 1 ? n : sizeof(spaces) - 1;
		fwrite(spaces, 1, k, o->fp);
		n -= k;
	}
}

void
out_printf(struct out *o, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vfprintf(o->fp, fmt, ap);
	va_end(ap);
}

void
out_visible(struct out *o, uint32_t cp)
{
	char	 esc[8];

	out_raw(o, esc, text_escape_cp(cp, esc));
}

void
out_escaped(struct out *o, struct str s, const struct escape *e)
{
	uint32_t	 cp;
	size_t		 i, start, n;
	unsigned char	 b;

	for (i = start = 0; i < s.len; i += n) {
		b = (unsigned char)s.ptr[i];
		if (b >= 0x20 && b < 0x7f && !e->ascii[b]) {
			n = 1;
			continue;
		}
		n = text_decode(s.ptr + i, s.len - i, &cp);
		if (!(cp < 0x80 && e->ascii[cp]) &&
		    !(e->unsafe != NULL ? e->unsafe(cp) : text_is_unsafe(cp)))
			continue;
		out_raw(o, s.ptr + start, i - start);
		start = i + n;
		(e->write != NULL ? e->write : out_visible)(o, cp);
	}
	out_raw(o, s.ptr + start, s.len - start);
}

bool
out_failed(const struct out *o)
{
	return o->oom || ferror(o->fp) != 0;
}

static const char	*style_on(enum style);

/*
 * Write s[from, to), unsafe characters escaped, with the parts inside
 * marks (byte ranges of s) in STYLE_MATCH.  *m is the first mark that
 * may still apply, so that consecutive calls walk the marks once.
 */
static void
emit(struct out *o, struct str s, size_t from, size_t to,
    const struct marks *mk, size_t *m)
{
	static const struct escape visible;
	size_t		 i, stop;
	bool		 lit;

	for (i = from; i < to; i = stop) {
		while (mk != NULL && *m < mk->n && mk->v[*m].end <= i)
			(*m)++;
		lit = mk != NULL && *m < mk->n && mk->v[*m].start <= i;
		/* The run ends where the mark ends or the next one starts. */
		stop = to;
		if (lit && mk->v[*m].end < stop)
			stop = mk->v[*m].end;
		else if (!lit && mk != NULL && *m < mk->n &&
		    mk->v[*m].start < stop)
			stop = mk->v[*m].start;
		if (lit && o->color)
			out_str(o, style_on(STYLE_MATCH));
		/* Within the run: a mark may end inside a character. */
		out_escaped(o, str_make(s.ptr + i, stop - i), &visible);
		if (lit && o->color) {
			/* Back to the style the match was found in. */
			out_str(o, "\033[0m");
			out_str(o, style_on(o->style));
		}
	}
}

void
out_text_marked(struct out *o, struct str s, const struct marks *mk)
{
	size_t	 m = 0;

	if (mk == NULL && !text_maybe_unsafe(s.ptr, s.len)) {
		out_raw(o, s.ptr, s.len);
		return;
	}
	emit(o, s, 0, s.len, mk, &m);
}

void
out_text(struct out *o, struct str s)
{
	out_text_marked(o, s, NULL);
}

static const char *
style_on(enum style st)
{
	switch (st) {
	case STYLE_TITLE:
		return "\033[1m";
	case STYLE_ID:
		return "\033[2m";
	case STYLE_LABEL:
		return "\033[36m";
	case STYLE_HEADER:
		return "\033[1;4m";
	case STYLE_MATCH:
		return "\033[1;33m";
	case STYLE_ITALIC:
		return "\033[3m";
	default:
		return "";
	}
}

void
out_style(struct out *o, enum style st)
{
	o->style = st;
	if (o->color)
		out_str(o, style_on(st));
}

void
out_unstyle(struct out *o, enum style st)
{
	o->style = STYLE_NONE;
	if (o->color && st != STYLE_NONE)
		out_str(o, "\033[0m");
}

/* Columns of one character as out_text() shows it. */
static size_t
char_width(uint32_t cp)
{
	char	 esc[8];
	int	 w;

	if (text_is_unsafe(cp))
		return text_escape_cp(cp, esc);
	w = uc_width(cp, "UTF-8");
	return w < 0 ? 1 : (size_t)w;
}

size_t
out_width(struct str s)
{
	uint32_t	 cp;
	size_t		 i, n, w = 0;

	for (i = 0; i < s.len; i += n) {
		if ((unsigned char)s.ptr[i] >= 0x20 &&
		    (unsigned char)s.ptr[i] < 0x7f) {
			n = 1;
			w++;
			continue;
		}
		n = text_decode(s.ptr + i, s.len - i, &cp);
		w += char_width(cp);
	}
	return w;
}

/* Bytes of s[from..) that fit in cols columns. */
static size_t
fitting(struct str s, size_t from, size_t to, size_t cols, size_t *used)
{
	uint32_t	 cp;
	size_t		 i, n, w;

	*used = 0;
	for (i = from; i < to; i += n) {
		n = text_decode(s.ptr + i, s.len - i, &cp);
		w = char_width(cp);
		if (*used + w > cols)
			break;
		*used += w;
	}
	return i - from;
}

size_t
out_fit_marked(struct out *o, struct str s, size_t cols,
    const struct marks *mk)
{
	size_t	 total, used, n, m = 0;

	if ((total = out_width(s)) <= cols) {
		out_text_marked(o, s, mk);
		return total;
	}
	if (cols == 0)
		return 0;
	/* Leave one column for the ellipsis. */
	n = fitting(s, 0, s.len, cols - 1, &used);
	emit(o, s, 0, n, mk, &m);
	out_str(o, "\xe2\x80\xa6");
	return used + 1;
}

size_t
out_fit(struct out *o, struct str s, size_t cols)
{
	return out_fit_marked(o, s, cols, NULL);
}

/*
 * s with unsafe characters escaped, as libunistring should measure it,
 * and for each byte of the copy the offset in s it came from.
 */
static char *
escaped_copy(struct str s, size_t *len, size_t **from)
{
	char		*buf, esc[8];
	uint32_t	 cp;
	size_t		 i, n, e, k, o = 0;

	/* An escape is at most 6 bytes for a character of at least 1. */
	*from = NULL;
	if (s.len > (SIZE_MAX - 1) / (6 * sizeof(size_t)) ||
	    (buf = malloc(s.len * 6 + 1)) == NULL)
		return NULL;
	if ((*from = malloc((s.len * 6 + 1) * sizeof(**from))) == NULL) {
		free(buf);
		return NULL;
	}
	for (i = 0; i < s.len; i += n) {
		n = text_decode(s.ptr + i, s.len - i, &cp);
		if (text_is_unsafe(cp)) {
			e = text_escape_cp(cp, esc);
			memcpy(buf + o, esc, e);
		} else {
			e = n;
			memcpy(buf + o, s.ptr + i, n);
		}
		for (k = 0; k < e; k++)
			(*from)[o + k] = i;
		o += e;
	}
	(*from)[o] = s.len;
	buf[o] = '\0';
	*len = o;
	return buf;
}

/*
 * A word that is a handle, not prose: an id
 * ("trafficking-in-times-of-crisis-2015-07"), an ISBN or ISSN, a URL or
 * an e-mail address.  Cut, it could no longer be copied and used, so it
 * is never broken, and one wider than a line is written whole (a
 * terminal folds it, and gives it back whole when copied).  The test is
 * on the shape: a digit, an '@', "://", or two hyphens.
 */
static bool
unbreakable(const char *s, size_t len)
{
	size_t	 i, hyphens = 0;

	for (i = 0; i < len; i++) {
		if ((s[i] >= '0' && s[i] <= '9') || s[i] == '@')
			return true;
		if (s[i] == '-' && ++hyphens == 2)
			return true;
		if (s[i] == ':' && i + 2 < len && s[i + 1] == '/' &&
		    s[i + 2] == '/')
			return true;
	}
	return false;
}

/* No break opportunity inside an unbreakable word of t. */
static void
keep_handles_whole(const char *t, size_t len, char *brk)
{
	size_t	 a, b, k;

	for (a = 0; a < len; a = b) {
		while (a < len && (t[a] == ' ' || t[a] == '\n'))
			a++;
		for (b = a; b < len && t[b] != ' ' && t[b] != '\n'; b++)
			;
		if (b - a > 1 && unbreakable(t + a, b - a))
			for (k = a + 1; k < b; k++)
				if (brk[k] == UC_BREAK_POSSIBLE)
					brk[k] = UC_BREAK_PROHIBITED;
	}
}

/*
 * Filling lines greedily, a word at a time: the state of the paragraph
 * being written.  A word is what lies between two of the break
 * opportunities of Unicode's line breaking algorithm (UAX #14), without
 * its trailing blanks; those are written only if another word follows
 * on the same line.
 */
struct wrap {
	struct out		*o;
	struct str		 s;
	const struct marks	*mk;
	size_t			 m;		/* the next mark of mk */
	size_t			 indent;
	size_t			 room;		/* columns of this line */
	size_t			 rest;		/* columns of the lines after */
	size_t			 used;		/* columns used on this line */
	size_t			 gap, gapend;	/* blanks before the next word */
};

static size_t
columns(struct str s, size_t from, size_t to)
{
	size_t	 used;

	fitting(s, from, to, SIZE_MAX, &used);
	return used;
}

static void
wrap_newline(struct wrap *W)
{
	out_char(W->o, '\n');
	out_spaces(W->o, W->indent);
	W->room = W->rest;
	W->used = 0;
	W->gap = W->gapend;		/* blanks at a break are dropped */
}

/* Put the word s[a, b) on this line, or the next, or cut it over more. */
static void
wrap_word(struct wrap *W, size_t a, size_t b)
{
	size_t	 w, gw, n, used;

	if (a == b)
		return;
	w = columns(W->s, a, b);
	gw = columns(W->s, W->gap, W->gapend);
	if (W->used > 0 && W->used + gw + w > W->room)
		wrap_newline(W);
	else {
		emit(W->o, W->s, W->gap, W->gapend, W->mk, &W->m);
		W->used += gw;
	}
	/* Alone and still too wide: cut it where the line ends. */
	while (W->used + w > W->room &&
	    !unbreakable(W->s.ptr + a, b - a)) {
		n = fitting(W->s, a, b, W->room - W->used, &used);
		if (n == 0) {		/* not one character fits: take one */
			n = text_decode(W->s.ptr + a, b - a, &(uint32_t){0});
			if (a + n == b)
				break;
			used = columns(W->s, a, a + n);
		}
		emit(W->o, W->s, a, a + n, W->mk, &W->m);
		a += n;
		w -= used;
		W->gapend = a;
		wrap_newline(W);
	}
	emit(W->o, W->s, a, b, W->mk, &W->m);
	W->used += w;
	W->gap = W->gapend = b;
}

void
out_wrap_marked(struct out *o, struct str s, size_t at, size_t indent,
    const struct marks *mk)
{
	struct wrap	 W;
	char		*t = NULL, *brk = NULL;
	size_t		*from = NULL, len, i, start, end;

	if (s.len == 0 || o->width == 0 || o->width <= indent) {
		/* Nothing to wrap, or no room at all: one line. */
		out_text_marked(o, s, mk);
		out_char(o, '\n');
		return;
	}
	/* Breaks are found in the text as shown, escapes and all. */
	if ((t = escaped_copy(s, &len, &from)) == NULL ||
	    (brk = malloc(len + 1)) == NULL) {
		o->oom = true;
		goto done;
	}
	u8_possible_linebreaks((const uint8_t *)t, len, "UTF-8", brk);
	keep_handles_whole(t, len, brk);
	memset(&W, 0, sizeof(W));
	W.o = o;
	W.s = s;
	W.mk = mk;
	W.indent = indent;
	W.room = o->width > at ? o->width - at : 1;
	W.rest = o->width - indent;
	for (i = start = 0; i <= len; i++) {
		if (i < len && (i == 0 || (brk[i] != UC_BREAK_POSSIBLE &&
		    brk[i] != UC_BREAK_MANDATORY)))
			continue;
		for (end = i; end > start && t[end - 1] == ' '; end--)
			;
		wrap_word(&W, from[start], from[end]);
		W.gapend = from[i];
		if (i < len && brk[i] == UC_BREAK_MANDATORY)
			wrap_newline(&W);
		start = i;
	}
	out_char(o, '\n');
done:
	free(brk);
	free(from);
	free(t);
}

void
out_wrap(struct out *o, struct str s, size_t at, size_t indent)
{
	out_wrap_marked(o, s, at, indent, NULL);
}
