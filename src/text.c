/*
 * text.c: UTF-8 decoding and visible escapes.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

struct str
str_cstr(const char *s)
{
	return str_make(s, strlen(s));
}

bool
str_eq(struct str s, const char *c)
{
	size_t	 n = strlen(c);

	return s.ptr != NULL && s.len == n && memcmp(s.ptr, c, n) == 0;
}

bool
str_eq_nocase(struct str a, struct str b)
{
	size_t	 i;

	if (a.len != b.len)
		return false;
	for (i = 0; i < a.len; i++) {
		unsigned char x = (unsigned char)a.ptr[i];
		unsigned char y = (unsigned char)b.ptr[i];
		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return false;
	}
	return true;
}

size_t
text_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char	*u = (const unsigned char *)s;
	uint32_t		 c, min;
	size_t			 n, i;

	if (len == 0) {
		*cp = TEXT_BADBYTE;
		return 0;
	}
	c = u[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2; c &= 0x1f; min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3; c &= 0x0f; min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4; c &= 0x07; min = 0x10000;
	} else
		goto bad;
	if (len < n)
		goto bad;
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (u[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		goto bad;
	*cp = c;
	return n;
bad:
	*cp = TEXT_BADBYTE | u[0];
	return 1;
}

bool
text_valid_utf8(const char *s, size_t len)
{
	uint32_t	 cp;
	size_t		 i, n;

	for (i = 0; i < len; i += n) {
		if ((unsigned char)s[i] < 0x80) {
			n = 1;
			continue;
		}
		n = text_decode(s + i, len - i, &cp);
		if (cp & TEXT_BADBYTE)
			return false;
	}
	return true;
}

bool
text_is_unsafe(uint32_t cp)
{
	if (cp & TEXT_BADBYTE)
		return true;
	if (cp < 0x20 || cp == 0x7f)
		return true;
	if (cp >= 0x80 && cp <= 0x9f)
		return true;
	/* LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI. */
	if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
		return true;
	/* LINE and PARAGRAPH SEPARATOR: lines where none should be. */
	if (cp == 0x2028 || cp == 0x2029)
		return true;
	return false;
}

bool
text_maybe_unsafe(const char *s, size_t len)
{
	const unsigned char	*u = (const unsigned char *)s;
	uint32_t		 cp;
	size_t			 i, n;

	/*
	 * ASCII is decided byte by byte; only a byte of 0x80 or more costs
	 * a decode, which also catches invalid UTF-8.
	 */
	for (i = 0; i < len; i += n) {
		if (u[i] < 0x80) {
			if (u[i] < 0x20 || u[i] == 0x7f)
				return true;
			n = 1;
			continue;
		}
		n = text_decode(s + i, len - i, &cp);
		if (text_is_unsafe(cp))
			return true;
	}
	return false;
}

size_t
text_escape_cp(uint32_t cp, char *buf)
{
	switch (cp) {
	case '\t':
		return (size_t)snprintf(buf, 8, "\\t");
	case '\n':
		return (size_t)snprintf(buf, 8, "\\n");
	case '\r':
		return (size_t)snprintf(buf, 8, "\\r");
	default:
		break;
	}
	if (cp & TEXT_BADBYTE)
		return (size_t)snprintf(buf, 8, "\\x%02x", cp & 0xff);
	if (cp < 0x80)
		return (size_t)snprintf(buf, 8, "\\x%02x", cp);
	/* Every unsafe character is in the Basic Multilingual Plane. */
	return (size_t)snprintf(buf, 8, "\\u%04x", cp);
}

void
text_quote(char *buf, size_t size, const char *s, size_t len,
    size_t max_chars)
{
	const char	*piece;
	char		 esc[8];
	uint32_t	 cp;
	size_t		 i, n, o, chars, plen;

	if (size == 0)
		return;
	o = 0;
	chars = 0;
	/* Keep room for "..." and the NUL, so that a cut always shows. */
	for (i = 0; i < len; i += n) {
		n = text_decode(s + i, len - i, &cp);
		if (text_is_unsafe(cp)) {
			plen = text_escape_cp(cp, esc);
			piece = esc;
		} else {
			plen = n;
			piece = s + i;
		}
		if (chars >= max_chars || o + plen + 4 > size)
			break;
		memcpy(buf + o, piece, plen);
		o += plen;
		chars++;
	}
	if (i < len && o + 4 <= size) {
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	buf[o] = '\0';
}

static int
cmp_mark(const void *va, const void *vb)
{
	const struct mark	*a = va, *b = vb;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return (a->end > b->end) - (a->end < b->end);
}

size_t
marks_merge(struct mark *v, size_t n)
{
	size_t	 i, k;

	if (n < 2)
		return n;
	qsort(v, n, sizeof(*v), cmp_mark);
	for (i = 1, k = 1; i < n; i++) {
		if (v[i].start <= v[k - 1].end) {
			if (v[i].end > v[k - 1].end)
				v[k - 1].end = v[i].end;
		} else
			v[k++] = v[i];
	}
	return k;
}
