/*
 * text.h: length-counted strings, UTF-8 decoding, and making text safe to
 * show.
 *
 * Values from a catalogue may hold anything YAML can escape, NUL and ESC
 * included, so they travel as (pointer, length) pairs and are never cut at
 * a NUL.  Characters that could take over a terminal or corrupt a line
 * based format are shown as visible escapes, never emitted raw.
 */
#ifndef IOMPUBS_TEXT_H
#define IOMPUBS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct str {
	const char	*ptr;		/* NULL when the value is absent */
	size_t		 len;		/* bytes; ptr[len] is always NUL */
};

#define STR_NONE	((struct str){ NULL, 0 })

/* A byte range of a string, such as where a search matched. */
struct mark {
	size_t		 start;
	size_t		 end;
};

/* Marks sorted by start, not overlapping. */
struct marks {
	const struct mark *v;
	size_t		 n;
};

/* Sort v[0..n) by start and merge overlapping marks; returns the count. */
size_t		 marks_merge(struct mark *v, size_t n);

/* A short extract of a record that shows why search found it. */
struct snippet {
	struct str	 text;
	struct mark	 mark[8];	/* the words found, to highlight */
	size_t		 nmarks;
};

static inline bool
str_present(struct str s)
{
	return s.ptr != NULL;
}

static inline struct str
str_make(const char *p, size_t len)
{
	struct str s = { p, len };
	return s;
}

struct str	 str_cstr(const char *);
bool		 str_eq(struct str, const char *);

/* Equal but for the case of ASCII letters (ids, codes). */
bool		 str_eq_nocase(struct str, struct str);

/*
 * Compare the string c with w[0..len) as strcmp() would compare c with
 * a copy of w: the bisection of a sorted table of words.
 */
static inline int
str_cmp_cstr(const char *c, const char *w, size_t len)
{
	int	 r = strncmp(c, w, len);

	return r != 0 ? r : c[len] != '\0';
}

/*
 * Decode one UTF-8 character from s[0..len).  Returns the bytes used
 * (at least 1 when len > 0) and stores the code point, or TEXT_BADBYTE
 * ored with the byte when s does not start with valid UTF-8.
 */
#define TEXT_BADBYTE	0x80000000u
size_t		 text_decode(const char *s, size_t len, uint32_t *cp);
bool		 text_valid_utf8(const char *s, size_t len);

/*
 * Characters that are never shown raw: C0 controls, DEL, C1 controls and
 * the bidirectional embeddings, overrides and isolates.  Tab and newline
 * are included; callers that give them meaning handle them first.
 */
bool		 text_is_unsafe(uint32_t cp);

/* Fast test: may s hold an unsafe character?  (No false negatives.) */
bool		 text_maybe_unsafe(const char *s, size_t len);

/*
 * Write the visible escape for cp ("\t", "\n", "\r", "\x1b", "\u202e")
 * into buf (at least 8 bytes), NUL-terminated; returns its length.
 */
size_t		 text_escape_cp(uint32_t cp, char *buf);

/*
 * A short, printable, quoted-for-messages rendering of s: unsafe
 * characters escaped, cut to about max_chars characters with "...".
 * Always NUL-terminates buf.
 */
void		 text_quote(char *buf, size_t bufsize, const char *s,
		    size_t len, size_t max_chars);

#endif
