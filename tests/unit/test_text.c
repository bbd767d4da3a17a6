/*
 * test_text.c: unit tests for length-counted strings, UTF-8 decoding and
 * the visible forms of unsafe characters.  text_decode() must accept
 * one- to four-byte sequences and refuse overlong forms, surrogates,
 * code points past U+10FFFF, stray continuation bytes and truncated
 * sequences one byte at a time; text_is_unsafe() must flag controls and
 * bidi overrides but not ordinary text; text_escape_cp() and
 * text_quote() must produce the documented escapes and cut long text
 * with "...", always within the buffer.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "text.h"

/* Decode the first character of the len bytes at s. */
static void
assert_decodes(const char *s, size_t len, size_t want_n, uint32_t want_cp)
{
	uint32_t	 cp = 0xdeadbeef;
	size_t		 n;

	n = text_decode(s, len, &cp);
	if (n != want_n || cp != want_cp)
		fail_msg("text_decode of %zu bytes starting 0x%02x: got %zu "
		    "bytes, cp 0x%08x; want %zu, 0x%08x", len,
		    (unsigned char)s[0], n, (unsigned)cp, want_n,
		    (unsigned)want_cp);
}

/* s does not start with valid UTF-8: one bad byte. */
static void
assert_bad(const char *s, size_t len)
{
	assert_decodes(s, len, 1, TEXT_BADBYTE | (unsigned char)s[0]);
}

static void
test_str_helpers(void **state)
{
	struct str	 s;

	(void)state;
	s = str_cstr("abc");
	assert_true(str_present(s));
	assert_int_equal(s.len, 3);
	assert_true(str_eq(s, "abc"));
	assert_false(str_eq(s, "ab"));
	assert_false(str_eq(s, "abcd"));
	assert_false(str_eq(STR_NONE, ""));
	assert_false(str_present(STR_NONE));
	/* An empty string is present; a NUL inside is compared. */
	assert_true(str_eq(str_cstr(""), ""));
	assert_false(str_eq(str_make("a\0b", 3), "a"));
}

static void
test_decode_valid(void **state)
{
	(void)state;
	assert_decodes("A", 1, 1, 'A');
	assert_decodes("\0x", 2, 1, 0);
	assert_decodes("\x7f", 1, 1, 0x7f);
	assert_decodes("\xc2\x80", 2, 2, 0x80);
	assert_decodes("\xc3\xa9tat", 5, 2, 0xe9);		/* é */
	assert_decodes("\xdf\xbf", 2, 2, 0x7ff);
	assert_decodes("\xe0\xa0\x80", 3, 3, 0x800);
	assert_decodes("\xe2\x82\xac", 3, 3, 0x20ac);		/* € */
	assert_decodes("\xe4\xb8\xad", 3, 3, 0x4e2d);		/* 中 */
	assert_decodes("\xed\x9f\xbf", 3, 3, 0xd7ff);
	assert_decodes("\xee\x80\x80", 3, 3, 0xe000);
	assert_decodes("\xef\xbf\xbd", 3, 3, 0xfffd);
	assert_decodes("\xf0\x90\x80\x80", 4, 4, 0x10000);
	assert_decodes("\xf0\x9f\x98\x80", 4, 4, 0x1f600);	/* 😀 */
	assert_decodes("\xf4\x8f\xbf\xbf", 4, 4, 0x10ffff);
}

static void
test_decode_overlong(void **state)
{
	(void)state;
	assert_bad("\xc0\x80", 2);		/* NUL in two bytes */
	assert_bad("\xc1\xbf", 2);		/* 0x7f */
	assert_bad("\xe0\x80\x80", 3);
	assert_bad("\xe0\x9f\xbf", 3);		/* 0x7ff */
	assert_bad("\xf0\x80\x80\x80", 4);
	assert_bad("\xf0\x8f\xbf\xbf", 4);	/* 0xffff */
}

static void
test_decode_surrogates_and_range(void **state)
{
	(void)state;
	assert_bad("\xed\xa0\x80", 3);		/* U+D800 */
	assert_bad("\xed\xbf\xbf", 3);		/* U+DFFF */
	assert_bad("\xf4\x90\x80\x80", 4);	/* U+110000 */
	assert_bad("\xf5\x80\x80\x80", 4);
	assert_bad("\xf8\x88\x80\x80\x80", 5);
	assert_bad("\xfe", 1);
	assert_bad("\xff", 1);
}

static void
test_decode_broken_sequences(void **state)
{
	(void)state;
	/* Stray continuation bytes. */
	assert_bad("\x80", 1);
	assert_bad("\xbf" "abc", 4);
	/* A lead byte followed by something that does not continue it. */
	assert_bad("\xc3" "A", 2);
	assert_bad("\xe2\x82" "A", 3);
	assert_bad("\xf0\x9f\x98" "A", 4);
	assert_bad("\xc3\xc3\xa9", 3);
	/* Truncated by the length, even with the bytes present after it. */
	assert_bad("\xc3\xa9", 1);
	assert_bad("\xe2\x82\xac", 2);
	assert_bad("\xe2\x82\xac", 1);
	assert_bad("\xf0\x9f\x98\x80", 3);
	/* Nothing at all: nothing used. */
	{
		uint32_t cp;
		assert_int_equal(text_decode("x", 0, &cp), 0);
	}
}

static void
test_valid_utf8(void **state)
{
	(void)state;
	assert_true(text_valid_utf8("", 0));
	assert_true(text_valid_utf8("plain ASCII", 11));
	assert_true(text_valid_utf8("\xc3\x89tat \xe4\xb8\xad \xf0\x9f\x98\x80",
	    15));
	assert_true(text_valid_utf8("a\0b", 3));
	assert_false(text_valid_utf8("abc\xff", 4));
	assert_false(text_valid_utf8("\xc3", 1));
	assert_false(text_valid_utf8("ab\xc3\xa9", 3));	/* cut by length */
	assert_false(text_valid_utf8("\xed\xa0\x80", 3));
	assert_false(text_valid_utf8("\xc0\xaf", 2));
	assert_false(text_valid_utf8("x\x80y", 3));
}

static void
test_is_unsafe(void **state)
{
	static const uint32_t unsafe[] = {
		0x00, 0x07, '\t', '\n', '\r', 0x1b, 0x1f, 0x7f,
		0x80, 0x85, 0x9b, 0x9f,
		0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
		0x2066, 0x2067, 0x2068, 0x2069,
		TEXT_BADBYTE | 0xff, TEXT_BADBYTE | 0xc3
	};
	static const uint32_t safe[] = {
		' ', 'a', 'Z', '~', '0', 0xa0, 0xe9, 0xc9, 0x4e2d, 0x20ac,
		0x200e, 0x200f, 0x2030, 0x2070, 0x1f600
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(unsafe) / sizeof(unsafe[0]); i++)
		if (!text_is_unsafe(unsafe[i]))
			fail_msg("U+%04X should be unsafe",
			    (unsigned)unsafe[i]);
	for (i = 0; i < sizeof(safe) / sizeof(safe[0]); i++)
		if (text_is_unsafe(safe[i]))
			fail_msg("U+%04X should be safe", (unsigned)safe[i]);
}

static void
test_maybe_unsafe_no_false_negatives(void **state)
{
	(void)state;
	assert_true(text_maybe_unsafe("a\x1b[31m", 6));
	assert_true(text_maybe_unsafe("tab\there", 8));
	assert_true(text_maybe_unsafe("\x7f", 1));
	assert_true(text_maybe_unsafe("\xc2\x85", 2));		/* NEL */
	assert_true(text_maybe_unsafe("x\xe2\x80\xae", 4));	/* RLO */
	assert_true(text_maybe_unsafe("\xe2\x81\xa6", 3));	/* LRI */
	assert_true(text_maybe_unsafe("\xff", 1));
	assert_true(text_maybe_unsafe("a\0b", 3));
	assert_false(text_maybe_unsafe("Plain text, 2015.", 17));
	assert_false(text_maybe_unsafe("", 0));
}

/*
 * text.h promises no false negatives: whatever text_decode() and
 * text_is_unsafe() call unsafe must make text_maybe_unsafe() true.  A
 * lead byte followed by ASCII or by the end of the string decodes as
 * TEXT_BADBYTE (unsafe), yet has no byte the fast test looks for, so
 * out_text() writes such a byte raw.
 */
static void
test_maybe_unsafe_lone_lead_byte(void **state)
{
	uint32_t	 cp;

	(void)state;
	text_decode("\xc3", 1, &cp);
	assert_true(text_is_unsafe(cp));
	/* Lead bytes without their continuation are invalid. */
	assert_true(text_maybe_unsafe("caf\xc3", 4));
	assert_true(text_maybe_unsafe("\xc3" "A", 2));
	assert_true(text_maybe_unsafe("\xe4" "ab", 3));
}

static void
assert_escape(uint32_t cp, const char *want)
{
	char	 buf[16];
	size_t	 n;

	memset(buf, '#', sizeof(buf));
	n = text_escape_cp(cp, buf);
	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
	assert_true(n < 8);
}

static void
test_escape_cp(void **state)
{
	(void)state;
	assert_escape('\t', "\\t");
	assert_escape('\n', "\\n");
	assert_escape('\r', "\\r");
	assert_escape(0x1b, "\\x1b");
	assert_escape(0x00, "\\x00");
	assert_escape(0x07, "\\x07");
	assert_escape(0x7f, "\\x7f");
	assert_escape(0x85, "\\u0085");
	assert_escape(0x9b, "\\u009b");
	assert_escape(0x202e, "\\u202e");
	assert_escape(0x2066, "\\u2066");
	assert_escape(TEXT_BADBYTE | 0xff, "\\xff");
	assert_escape(TEXT_BADBYTE | 0xc3, "\\xc3");
}

static void
quote(char *buf, size_t size, const char *s, size_t len, size_t max)
{
	memset(buf, '#', size);
	text_quote(buf, size, s, len, max);
}

static void
test_quote_escapes(void **state)
{
	char	 buf[128];

	(void)state;
	quote(buf, sizeof(buf), "plain", 5, 20);
	assert_string_equal(buf, "plain");
	quote(buf, sizeof(buf), "a\x1b[2Jb", 6, 20);
	assert_string_equal(buf, "a\\x1b[2Jb");
	quote(buf, sizeof(buf), "line\nnext\ttab", 13, 20);
	assert_string_equal(buf, "line\\nnext\\ttab");
	quote(buf, sizeof(buf), "x\xe2\x80\xaey", 5, 20);
	assert_string_equal(buf, "x\\u202ey");
	quote(buf, sizeof(buf), "bad\xff", 4, 20);
	assert_string_equal(buf, "bad\\xff");
	/* A NUL inside is shown, not a cut. */
	quote(buf, sizeof(buf), "a\0b", 3, 20);
	assert_string_equal(buf, "a\\x00b");
	/* UTF-8 is kept as it is. */
	quote(buf, sizeof(buf), "\xc3\x89tat", 5, 20);
	assert_string_equal(buf, "\xc3\x89tat");
	quote(buf, sizeof(buf), "", 0, 20);
	assert_string_equal(buf, "");
}

static void
test_quote_truncates(void **state)
{
	char	 buf[128];

	(void)state;
	quote(buf, sizeof(buf), "abcdefghij", 10, 5);
	assert_string_equal(buf, "abcde...");
	/* Exactly max_chars: nothing cut, no dots. */
	quote(buf, sizeof(buf), "abcde", 5, 5);
	assert_string_equal(buf, "abcde");
	/* Characters, not bytes, are counted. */
	quote(buf, sizeof(buf), "\xc3\xa9\xc3\xa9\xc3\xa9", 6, 2);
	assert_string_equal(buf, "\xc3\xa9\xc3\xa9...");
	/* An escape counts as one character. */
	quote(buf, sizeof(buf), "\x1b\x1b\x1b", 3, 2);
	assert_string_equal(buf, "\\x1b\\x1b...");
}

static void
test_quote_small_buffer(void **state)
{
	char	 buf[32];
	size_t	 i;

	(void)state;
	/* Whatever the size, NUL-terminated within it. */
	for (i = 1; i < sizeof(buf); i++) {
		memset(buf, '#', sizeof(buf));
		text_quote(buf, i, "\x1b\xe4\xb8\xad" "abcdefghijklmnop", 20,
		    100);
		if (strlen(buf) >= i)
			fail_msg("size %zu: \"%s\" overflows", i, buf);
		assert_int_equal(buf[i], '#');
	}
	/* A size of 0 writes nothing. */
	buf[0] = '#';
	text_quote(buf, 0, "abc", 3, 10);
	assert_int_equal(buf[0], '#');
	/* Never half a character. */
	quote(buf, 6, "\xe4\xb8\xad\xe4\xb8\xad", 6, 10);
	assert_true(text_valid_utf8(buf, strlen(buf)));
}

/*
 * text.h: text_quote() cuts "to about max_chars characters with '...'".
 * A cut forced by a short buffer is a cut too, and the code keeps room
 * for the dots (the "+ 4" in each check) but does not write them.
 */
static void
test_quote_buffer_cut_says_so(void **state)
{
	char	 buf[16];

	(void)state;
	/* Cut by the buffer, not max_chars: the cut still shows. */
	quote(buf, sizeof(buf), "abcdefghijklmnopqrstuvwxyz", 26, 100);
	assert_true(strlen(buf) < sizeof(buf));
	assert_true(strlen(buf) >= 3);
	assert_string_equal(buf + strlen(buf) - 3, "...");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_str_helpers),
		cmocka_unit_test(test_decode_valid),
		cmocka_unit_test(test_decode_overlong),
		cmocka_unit_test(test_decode_surrogates_and_range),
		cmocka_unit_test(test_decode_broken_sequences),
		cmocka_unit_test(test_valid_utf8),
		cmocka_unit_test(test_is_unsafe),
		cmocka_unit_test(test_maybe_unsafe_no_false_negatives),
		cmocka_unit_test(test_maybe_unsafe_lone_lead_byte),
		cmocka_unit_test(test_escape_cp),
		cmocka_unit_test(test_quote_escapes),
		cmocka_unit_test(test_quote_truncates),
		cmocka_unit_test(test_quote_small_buffer),
		cmocka_unit_test(test_quote_buffer_cut_says_so),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
