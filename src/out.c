/*
 * out.c: escaping, measuring, fitting and wrapping output text.
 */
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
out_spaces(struct out *o, size_t n)
{
	static const char spaces[] = "                                ";

	while (n > 0) {
		size_t k = n < sizeof(spaces) - 1 ? n : sizeof(spaces) - 1;
		fwrite(spaces, 1, k, o->fp);
		n -= k;
	}
}

bool
out_failed(const struct out *o)
{
	return o->oom || ferror(o->fp) != 0;
}

void
out_text(struct out *o, struct str s)
{
	char		 esc[8];
	uint32_t	 cp;
	size_t		 i, start, n;

	if (!text_maybe_unsafe(s.ptr, s.len)) {
		out_raw(o, s.ptr, s.len);
		return;
	}
	for (i = start = 0; i < s.len; i += n) {
		n = text_decode(s.ptr + i, s.len - i, &cp);
		if (!text_is_unsafe(cp))
			continue;
		out_raw(o, s.ptr + start, i - start);
		out_raw(o, esc, text_escape_cp(cp, esc));
		start = i + n;
	}
	out_raw(o, s.ptr + start, s.len - start);
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
	default:
		return "";
	}
}

void
out_style(struct out *o, enum style st)
{
	if (o->color)
		out_str(o, style_on(st));
}

void
out_unstyle(struct out *o, enum style st)
{
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

size_t
out_fit(struct out *o, struct str s, size_t cols)
{
	uint32_t	 cp;
	size_t		 i, n, w, used = 0, total;

	if ((total = out_width(s)) <= cols) {
		out_text(o, s);
		return total;
	}
	if (cols == 0)
		return 0;
	/* Leave one column for the ellipsis. */
	for (i = 0; i < s.len; i += n) {
		n = text_decode(s.ptr + i, s.len - i, &cp);
		w = char_width(cp);
		if (used + w > cols - 1)
			break;
		out_text(o, str_make(s.ptr + i, n));
		used += w;
	}
	out_str(o, "\xe2\x80\xa6");
	return used + 1;
}

/* s with unsafe characters escaped, as a malloc'd string, for wrapping. */
static char *
escaped_copy(struct str s, size_t *len)
{
	char		*buf, esc[8];
	uint32_t	 cp;
	size_t		 i, n, o = 0;

	/* An escape is at most 6 bytes for a character of at least 1. */
	if (s.len > (SIZE_MAX - 1) / 6 || (buf = malloc(s.len * 6 + 1)) == NULL)
		return NULL;
	for (i = 0; i < s.len; i += n) {
		n = text_decode(s.ptr + i, s.len - i, &cp);
		if (text_is_unsafe(cp)) {
			size_t e = text_escape_cp(cp, esc);
			memcpy(buf + o, esc, e);
			o += e;
		} else {
			memcpy(buf + o, s.ptr + i, n);
			o += n;
		}
	}
	buf[o] = '\0';
	*len = o;
	return buf;
}

void
out_wrap(struct out *o, struct str s, size_t at, size_t indent)
{
	char	*t, *brk;
	size_t	 len, i, start, end;
	int	 width;

	if (s.len == 0) {
		out_char(o, '\n');
		return;
	}
	if (o->width == 0 || o->width <= indent + 8) {
		/* No room to wrap into: one long line. */
		out_text(o, s);
		out_char(o, '\n');
		return;
	}
	if ((t = escaped_copy(s, &len)) == NULL ||
	    (brk = malloc(len + 1)) == NULL) {
		free(t);
		o->oom = true;
		return;
	}
	width = (int)(o->width - indent);
	u8_width_linebreaks((const uint8_t *)t, len, width,
	    (int)(at > indent ? at - indent : 0), 0, NULL, "UTF-8", brk);
	for (i = start = 0; i <= len; i++) {
		if (i < len && brk[i] != UC_BREAK_POSSIBLE &&
		    brk[i] != UC_BREAK_MANDATORY)
			continue;
		if (i == 0)
			continue;
		/* The line ends before the break; drop its trailing blanks. */
		for (end = i; end > start && t[end - 1] == ' '; end--)
			;
		out_raw(o, t + start, end - start);
		out_char(o, '\n');
		if (i < len)
			out_spaces(o, indent);
		start = i;
	}
	free(brk);
	free(t);
}
