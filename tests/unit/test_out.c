/*
 * test_out.c: unit tests for writing text through struct out, captured
 * with open_memstream.  out_text() must show ESC, BEL, C1 controls and
 * bidi overrides as visible escapes and keep other UTF-8 as it is;
 * out_width() must count terminal columns (combining marks take none,
 * CJK takes two, an escape takes its visible length); out_fit() must
 * cut with "…" and never use more columns than it is given, nor split
 * a wide character; out_wrap() must keep every line within the width,
 * keep all the words in order, indent continuation lines and end with a
 * newline.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "text.h"

#define ELLIPSIS	"\xe2\x80\xa6"

/* An out writing to memory; finish with captured(). */
struct capture {
	struct out	 o;
	char		*buf;
	size_t		 len;
};

static void
capture_start(struct capture *c, size_t width)
{
	FILE	*fp;

	c->buf = NULL;
	c->len = 0;
	fp = open_memstream(&c->buf, &c->len);
	assert_non_null(fp);
	out_init(&c->o, fp, false, false, width);
}

/* Close the stream; returns the bytes written (the caller frees). */
static char *
captured(struct capture *c, size_t *len)
{
	assert_false(out_failed(&c->o));
	assert_int_equal(fclose(c->o.fp), 0);
	assert_non_null(c->buf);
	if (len != NULL)
		*len = c->len;
	return c->buf;
}

static struct str
cstr(const char *s)
{
	return str_cstr(s);
}

static void
assert_text_shows(const char *s, size_t len, const char *want)
{
	struct capture	 c;
	char		*got;

	capture_start(&c, 0);
	out_text(&c.o, str_make(s, len));
	got = captured(&c, NULL);
	assert_string_equal(got, want);
	free(got);
}

static void
test_text_escapes(void **state)
{
	(void)state;
	assert_text_shows("plain", 5, "plain");
	assert_text_shows("\x1b[2Jgone", 8, "\\x1b[2Jgone");
	assert_text_shows("ding\x07", 5, "ding\\x07");
	assert_text_shows("a\xc2\x9b" "31mb", 7, "a\\u009b31mb"); /* CSI */
	assert_text_shows("next\xc2\x85line", 10, "next\\u0085line"); /* NEL */
	assert_text_shows("abc\xe2\x80\xae" "fed", 9, "abc\\u202efed");
	assert_text_shows("\xe2\x81\xa6x\xe2\x81\xa9", 7, "\\u2066x\\u2069");
	assert_text_shows("del\x7f", 4, "del\\x7f");
	assert_text_shows("a\0b", 3, "a\\x00b");
	assert_text_shows("t\tn\nr\r", 6, "t\\tn\\nr\\r");
	assert_text_shows("bad\xff", 4, "bad\\xff");
}

/* A format's own set: '|' doubled, newlines kept, the rest as out_text(). */
static void
pipe_escape(struct out *o, uint32_t cp)
{
	if (cp == '|')
		out_str(o, "||");
	else
		out_visible(o, cp);
}

static bool
pipe_unsafe(uint32_t cp)
{
	return cp != '\n' && text_is_unsafe(cp);
}

static void
test_escaped_sets(void **state)
{
	static const struct escape pipes = {
		{ ['|'] = 1 }, pipe_unsafe, pipe_escape
	};
	static const struct escape visible;
	struct capture	 c;
	char		*got;
	size_t		 len;

	(void)state;
	capture_start(&c, 0);
	out_escaped(&c.o, cstr("a|b\nc\x1b|\xe2\x80\xae\xc3\xa9"), &pipes);
	out_escaped(&c.o, cstr("|\n"), &visible);
	out_escaped(&c.o, str_make("", 0), &pipes);
	out_printf(&c.o, "<%ld %s>", 42L, "x");
	got = captured(&c, &len);
	assert_string_equal(got, "a||b\nc\\x1b||\\u202e\xc3\xa9|\\n<42 x>");
	assert_int_equal(len, strlen(got));
	free(got);
}

/*
 * A lead byte with nothing (or ASCII) after it is invalid UTF-8, which
 * out_width() measures as the 4 columns of its "\\xc3" escape; out_text()
 * must show it so, not write the raw byte.  See also test_text.c,
 * test_maybe_unsafe_lone_lead_byte.
 */
static void
test_text_escapes_lone_lead_byte(void **state)
{
	struct capture	 c;
	char		*got;
	bool		 ok1, ok2;

	(void)state;
	assert_int_equal(out_width(str_make("caf\xc3", 4)), 7);
	capture_start(&c, 0);
	out_text(&c.o, str_make("caf\xc3", 4));
	got = captured(&c, NULL);
	ok1 = strcmp(got, "caf\\xc3") == 0;
	free(got);
	capture_start(&c, 0);
	out_text(&c.o, str_make("\xe4" "ab", 3));
	got = captured(&c, NULL);
	ok2 = strcmp(got, "\\xe4ab") == 0;
	free(got);
	/* Stray lead bytes are escaped, not written raw. */
	assert_true(ok1);
	assert_true(ok2);
}

static void
test_text_keeps_utf8(void **state)
{
	(void)state;
	assert_text_shows("\xc3\x89tat", 5, "\xc3\x89tat");
	assert_text_shows("\xe4\xb8\xad\xe6\x96\x87", 6,
	    "\xe4\xb8\xad\xe6\x96\x87");
	assert_text_shows("e\xcc\x81", 3, "e\xcc\x81");
	/* Safe characters next to unsafe ones survive intact. */
	assert_text_shows("\xc3\xa9\x1b\xe2\x80\x8e\xf0\x9f\x98\x80", 10,
	    "\xc3\xa9\\x1b\xe2\x80\x8e\xf0\x9f\x98\x80");
	assert_text_shows("", 0, "");
}

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(out_width(cstr("")), 0);
	assert_int_equal(out_width(cstr("abc")), 3);
	assert_int_equal(out_width(cstr("\xc3\xa9")), 1);		/* é */
	assert_int_equal(out_width(cstr("e\xcc\x81")), 1);	/* e + U+0301 */
	assert_int_equal(out_width(cstr("\xc3\x89tat")), 4);
	assert_int_equal(out_width(cstr("E\xcc\x81tat")), 4);
	assert_int_equal(out_width(cstr("\xe4\xb8\xad\xe6\x96\x87")), 4);
	assert_int_equal(out_width(cstr("a\xe4\xb8\xad" "b")), 4);
	/* Unsafe characters take the columns of their escapes. */
	assert_int_equal(out_width(cstr("\x1b")), 4);
	assert_int_equal(out_width(cstr("a\x1b" "b")), 6);
	assert_int_equal(out_width(cstr("\t")), 2);
	assert_int_equal(out_width(cstr("\xe2\x80\xae")), 6);
	assert_int_equal(out_width(cstr("\xff")), 4);
	assert_int_equal(out_width(str_make("a\0b", 3)), 6);
	/* And out_width agrees with what out_text writes. */
	assert_int_equal(out_width(cstr("\\x1b")), 4);
}

/*
 * Every ASCII byte, and the unsafe characters beyond ASCII (C1 controls,
 * line and paragraph separators, bidirectional controls, bytes that are
 * not UTF-8), take as many columns as out_text() writes bytes for them:
 * escapes are printable ASCII, so a table or a wrapped line lines up
 * whatever the data holds.
 */
static void
test_width_is_what_is_shown(void **state)
{
	static const char *const beyond[] = {
		"\xc2\x80", "\xc2\x85", "\xc2\x9f", "\xe2\x80\xa8",
		"\xe2\x80\xa9", "\xe2\x80\xaa", "\xe2\x80\xae",
		"\xe2\x81\xa6", "\xe2\x81\xa9", "\xff", "\xc3",
		"\xe2\x80"
	};
	struct capture	 c;
	char		 s[8], *got;
	size_t		 len, i;

	(void)state;
	for (i = 0; i < 0x80 + sizeof(beyond) / sizeof(beyond[0]); i++) {
		s[0] = 'a';
		if (i < 0x80) {
			s[1] = (char)i;
			s[2] = 'z';
			len = 3;
		} else {
			len = strlen(beyond[i - 0x80]);
			memcpy(s + 1, beyond[i - 0x80], len);
			s[len + 1] = 'z';
			len += 2;
		}
		capture_start(&c, 0);
		out_text(&c.o, str_make(s, len));
		got = captured(&c, NULL);
		if (out_width(str_make(s, len)) != strlen(got))
			fail_msg("character %zu: out_width() says %zu columns, "
			    "out_text() writes \"%s\"", i,
			    out_width(str_make(s, len)), got);
		free(got);
	}
}

/* out_fit() s into cols; check the result's width and return it. */
static char *
fit(const char *s, size_t cols, size_t *used)
{
	struct capture	 c;
	char		*got;
	size_t		 len;

	capture_start(&c, 0);
	*used = out_fit(&c.o, cstr(s), cols);
	got = captured(&c, &len);
	if (out_width(str_make(got, len)) != *used)
		fail_msg("out_fit(\"%s\", %zu) wrote \"%s\" (%zu columns) but "
		    "returned %zu", s, cols, got, out_width(str_make(got, len)),
		    *used);
	if (*used > cols)
		fail_msg("out_fit(\"%s\", %zu) used %zu columns: \"%s\"", s,
		    cols, *used, got);
	assert_true(text_valid_utf8(got, len));
	return got;
}

static void
assert_fits(const char *s, size_t cols, const char *want)
{
	char	*got;
	size_t	 used;

	got = fit(s, cols, &used);
	assert_string_equal(got, want);
	free(got);
}

static void
test_fit_cuts(void **state)
{
	(void)state;
	assert_fits("Hello, world", 20, "Hello, world");
	assert_fits("Hello, world", 12, "Hello, world");
	assert_fits("Hello, world", 11, "Hello, wor" ELLIPSIS);
	assert_fits("Hello, world", 5, "Hell" ELLIPSIS);
	assert_fits("Hello, world", 1, ELLIPSIS);
	assert_fits("Hello, world", 0, "");
	assert_fits("", 0, "");
	assert_fits("\xc3\x89tat des lieux", 5, "\xc3\x89tat" ELLIPSIS);
	/* A combining mark stays with its letter. */
	assert_fits("E\xcc\x81tat des lieux", 2, "E\xcc\x81" ELLIPSIS);
}

static void
test_fit_wide_and_escapes(void **state)
{
	(void)state;
	/* 中文中文 is 8 columns. */
	assert_fits("\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87", 8,
	    "\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87");
	assert_fits("\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87", 7,
	    "\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad" ELLIPSIS);
	assert_fits("\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87", 5,
	    "\xe4\xb8\xad\xe6\x96\x87" ELLIPSIS);
	/* Two columns would split 文: only 中 and the ellipsis. */
	assert_fits("\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87", 4,
	    "\xe4\xb8\xad" ELLIPSIS);
	assert_fits("\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87", 2,
	    ELLIPSIS);
	/* An escape is not cut in the middle either. */
	assert_fits("ab\x1b" "cd", 8, "ab\\x1bcd");
	assert_fits("ab\x1b" "cd", 7, "ab\\x1b" ELLIPSIS);
	assert_fits("ab\x1b" "cd", 6, "ab" ELLIPSIS);
	assert_fits("ab\x1b" "cd", 3, "ab" ELLIPSIS);
}

/* Every budget, on text mixing widths: never more than the budget. */
static void
test_fit_never_exceeds(void **state)
{
	static const char *const texts[] = {
		"Caring for Trafficked Persons",
		"\xe4\xb8\xad\xe6\x96\x87 and \xc3\xa9t\xc3\xa9 \x1b[1m!",
		"a\xe4\xb8\xad" "b\xe6\x96\x87" "c\xe2\x80\xae" "d",
		"E\xcc\x81tat \xef\xbc\xa1\xef\xbc\xa2 x\ty"
	};
	size_t	 i, cols, used, total;
	char	*got;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		total = out_width(cstr(texts[i]));
		for (cols = 0; cols <= total + 2; cols++) {
			got = fit(texts[i], cols, &used);
			if (cols >= total)
				assert_int_equal(used, total);
			else {
				/* Cut: ends with the ellipsis, uses most. */
				assert_true(cols == 0 || strlen(got) >= 3);
				if (cols > 0)
					assert_string_equal(got + strlen(got)
					    - 3, ELLIPSIS);
				/* At most a wide char or escape wasted. */
				assert_true(used + 6 > cols);
			}
			free(got);
		}
	}
}

/* s without its spaces, malloc'd. */
static char *
squeeze(const char *s)
{
	char	*t, *o;

	t = o = malloc(strlen(s) + 1);
	assert_non_null(t);
	for (; *s != '\0'; s++)
		if (*s != ' ')
			*o++ = *s;
	*o = '\0';
	return t;
}

/*
 * Split buf, the wrapped form of para, into lines and check each: the
 * first within width - at columns, the others within width and
 * indented by indent spaces, none with trailing blanks.  The lines,
 * joined by one space, must give para back when breaks are at spaces
 * (exact); otherwise (ideographs may break anywhere) the non-space
 * characters must be the same, in the same order.
 */
static void
check_wrapped(const char *buf, size_t width, size_t at, size_t indent,
    const char *para, bool exact)
{
	char	*rebuilt, *line, *copy, *end, *a, *b;
	size_t	 n, w, lines = 0, room;

	n = strlen(buf);
	assert_true(n > 0);
	assert_int_equal(buf[n - 1], '\n');
	assert_non_null(copy = strdup(buf));
	assert_non_null(rebuilt = calloc(1, n + 1));
	for (line = copy; (end = strchr(line, '\n')) != NULL; line = end + 1) {
		*end = '\0';
		w = out_width(cstr(line));
		if (lines == 0) {
			room = width > at ? width - at : 1;
			assert_true(line[0] != ' ');
		} else {
			room = width;
			if (strncmp(line, "                ", indent) != 0 ||
			    line[indent] == ' ')
				fail_msg("line %zu \"%s\" is not indented by "
				    "%zu", lines + 1, line, indent);
		}
		if (w > room)
			fail_msg("line %zu \"%s\" is %zu columns, more than "
			    "%zu", lines + 1, line, w, room);
		assert_true(*line == '\0' || line[strlen(line) - 1] != ' ');
		if (lines > 0)
			strcat(rebuilt, " ");
		strcat(rebuilt, line + (lines > 0 ? indent : 0));
		lines++;
	}
	assert_true(lines >= 2);
	if (exact)
		assert_string_equal(rebuilt, para);
	else {
		a = squeeze(rebuilt);
		b = squeeze(para);
		assert_string_equal(a, b);
		free(a);
		free(b);
	}
	free(rebuilt);
	free(copy);
}

static char *
wrap(const char *para, size_t width, size_t at, size_t indent)
{
	struct capture	 c;

	capture_start(&c, width);
	out_wrap(&c.o, cstr(para), at, indent);
	return captured(&c, NULL);
}

static const char paragraph[] =
    "Trafficking in human beings and smuggling of migrants, two distinct "
    "but often interrelated phenomena, occur on a global scale. Searching "
    "for a way out of economic inequalities, environmental crises, armed "
    "conflict, political instability and persecution, migrants are driven "
    "to seek the services of smugglers.";

static void
test_wrap_width_words_indent(void **state)
{
	static const size_t widths[] = { 20, 32, 40, 57, 80 };
	char	*got;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
		got = wrap(paragraph, widths[i], 0, 0);
		check_wrapped(got, widths[i], 0, 0, paragraph, true);
		free(got);
		got = wrap(paragraph, widths[i], 4, 4);
		check_wrapped(got, widths[i], 4, 4, paragraph, true);
		free(got);
		/* Leave the first line room for its longest word. */
		if (widths[i] < 10 + 14)
			continue;
		got = wrap(paragraph, widths[i], 10, 2);
		check_wrapped(got, widths[i], 10, 2, paragraph, true);
		free(got);
	}
}

static void
test_wrap_wide_and_escaped(void **state)
{
	static const char para[] =
	    "\xe4\xb8\xad\xe6\x96\x87 \xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad "
	    "\xc3\xa9t\xc3\xa9 E\xcc\x81tat des lieux de la traite des "
	    "\xc3\xaatres humains \xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96"
	    "\x87 en Europe et ailleurs";
	char	*got;

	(void)state;
	got = wrap(para, 24, 0, 3);
	check_wrapped(got, 24, 0, 3, para, false);
	free(got);
	got = wrap(para, 17, 6, 4);
	check_wrapped(got, 17, 6, 4, para, false);
	free(got);
	/* Control characters arrive escaped, and are measured so. */
	got = wrap("one two \x1b[1m three four five six seven eight nine", 20,
	    0, 0);
	assert_non_null(strstr(got, "\\x1b[1m"));
	assert_null(strchr(got, '\x1b'));
	check_wrapped(got, 20, 0, 0,
	    "one two \\x1b[1m three four five six seven eight nine", true);
	free(got);
}

static void
test_wrap_short_or_unlimited(void **state)
{
	char	*got;

	(void)state;
	/* Fits: one line. */
	got = wrap("short text", 40, 0, 4);
	assert_string_equal(got, "short text\n");
	free(got);
	/* No width: one line, however long. */
	got = wrap(paragraph, 0, 0, 4);
	assert_int_equal(strlen(got), strlen(paragraph) + 1);
	assert_memory_equal(got, paragraph, strlen(paragraph));
	assert_int_equal(got[strlen(paragraph)], '\n');
	free(got);
}

/*
 * A word of prose wider than the line is broken, never left to overflow
 * it; a handle (URL, id, ISBN, e-mail address) is never broken.
 */
static void
test_wrap_cuts_long_words(void **state)
{
	char	*got;

	(void)state;
	/* A URL: on a line of its own, whole, for the terminal to fold. */
	got = wrap("see https://publications.iom.int/books/caring-for-"
	    "trafficked-persons now", 20, 0, 2);
	assert_string_equal(got, "see\n"
	    "  https://publications.iom.int/books/caring-for-trafficked-"
	    "persons\n"
	    "  now\n");
	free(got);
	/* Ids, ISBNs and addresses move whole to the next line. */
	got = wrap("the briefing (trafficking-in-times-of-crisis-2015-07), "
	    "ISBN 978-92-9068-466-4, from pubs@iom.int", 30, 0, 0);
	assert_string_equal(got, "the briefing\n"
	    "(trafficking-in-times-of-crisis-2015-07),\n"
	    "ISBN 978-92-9068-466-4, from\n"
	    "pubs@iom.int\n");
	free(got);
	/* A hyphenated word of prose still breaks at its hyphen. */
	got = wrap("aaaa victim-centred", 12, 0, 0);
	assert_string_equal(got, "aaaa victim-\ncentred\n");
	free(got);
	/* No break opportunity at all: cut at the width. */
	got = wrap("a Menschenhandelsbekaempfungsgesetz b", 12, 0, 2);
	assert_string_equal(got, "a\n  Menschenha\n  ndelsbekae\n"
	    "  mpfungsges\n  etz b\n");
	free(got);
	/* Too narrow for even one wide character: one a line. */
	got = wrap("\xe4\xb8\xad\xe6\x96\x87", 1, 0, 0);
	assert_string_equal(got, "\xe4\xb8\xad\n\xe6\x96\x87\n");
	free(got);
	/* A handle is kept whole at the very start of the text too. */
	got = wrap("@iom-int and more", 6, 0, 0);
	assert_string_equal(got, "@iom-int\nand\nmore\n");
	free(got);
	got = wrap("2-step plan", 4, 0, 0);
	assert_string_equal(got, "2-step\nplan\n");
	free(got);
	got = wrap("a-b-c and", 4, 0, 0);
	assert_string_equal(got, "a-b-c\nand\n");
	free(got);
	/* ... and at its end. */
	got = wrap("and @iom-int", 6, 0, 0);
	assert_string_equal(got, "and\n@iom-int\n");
	free(got);
	/* The first line starts past the width: it gets one column. */
	got = wrap("ab cd", 10, 12, 2);
	assert_string_equal(got, "a\n  b cd\n");
	free(got);
}

static void
test_number(void **state)
{
	struct capture	 c;
	char		*got;

	(void)state;
	capture_start(&c, 0);
	out_number(&c.o, 0);
	out_char(&c.o, ' ');
	out_number(&c.o, 2015);
	out_char(&c.o, ' ');
	out_number(&c.o, -42);
	out_char(&c.o, ' ');
	out_number(&c.o, LONG_MAX);
	out_char(&c.o, ' ');
	out_number(&c.o, LONG_MIN);
	got = captured(&c, NULL);
	assert_string_equal(got, "0 2015 -42 9223372036854775807 "
	    "-9223372036854775808");
	free(got);
}

/* out.h: out_wrap() "Ends with a newline", whatever the paragraph. */
static void
test_wrap_empty_ends_line(void **state)
{
	char	*got;
	bool	 ok;

	(void)state;
	/* An empty paragraph is still a line. */
	got = wrap("", 40, 0, 0);
	ok = strcmp(got, "\n") == 0;
	free(got);
	assert_true(ok);
}

static void
test_raw_helpers_and_style(void **state)
{
	struct capture	 c;
	char		*got;

	(void)state;
	capture_start(&c, 0);
	out_raw(&c.o, "a\0b", 3);
	out_str(&c.o, "[");
	out_spaces(&c.o, 70);
	out_char(&c.o, ']');
	out_style(&c.o, STYLE_TITLE);
	out_unstyle(&c.o, STYLE_TITLE);
	{
		size_t len;
		got = captured(&c, &len);
		assert_int_equal(len, 3 + 1 + 70 + 1);
		assert_memory_equal(got, "a\0b[", 4);
		assert_int_equal(got[4 + 69], ' ');
		assert_int_equal(got[4 + 70], ']');
	}
	free(got);
	/* With colour, styles are SGR sequences and end with a reset. */
	capture_start(&c, 0);
	c.o.color = true;
	out_style(&c.o, STYLE_TITLE);
	out_str(&c.o, "T");
	out_unstyle(&c.o, STYLE_TITLE);
	got = captured(&c, NULL);
	assert_string_equal(got, "\x1b[1mT\x1b[0m");
	free(got);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_escapes),
		cmocka_unit_test(test_escaped_sets),
		cmocka_unit_test(test_text_escapes_lone_lead_byte),
		cmocka_unit_test(test_text_keeps_utf8),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_width_is_what_is_shown),
		cmocka_unit_test(test_fit_cuts),
		cmocka_unit_test(test_fit_wide_and_escapes),
		cmocka_unit_test(test_fit_never_exceeds),
		cmocka_unit_test(test_wrap_width_words_indent),
		cmocka_unit_test(test_wrap_wide_and_escaped),
		cmocka_unit_test(test_wrap_short_or_unlimited),
		cmocka_unit_test(test_wrap_empty_ends_line),
		cmocka_unit_test(test_wrap_cuts_long_words),
		cmocka_unit_test(test_number),
		cmocka_unit_test(test_raw_helpers_and_style),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
