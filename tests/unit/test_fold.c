/*
 * test_fold.c: unit tests for fold(), the comparison form of text.
 * ASCII is lower-cased; other text goes through compatibility
 * decomposition and case folding and loses its combining marks, so
 * "État" is "etat", "ß" is "ss" and the "ﬁ" ligature is "fi".  The
 * result is length-counted (an embedded NUL stays), invalid UTF-8
 * bytes pass through untouched, the buffer is reused and grows as
 * needed, and fold_dup() returns a malloc'd copy.  fold() keeps each
 * character's folded form once it has one: it must give what folding a
 * whole run of characters at once gives, first time and after.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "fold.h"
#include "text.h"

/* Fold len bytes of s and compare with want (want_len bytes). */
static void
assert_folds_n(const char *s, size_t len, const char *want, size_t want_len)
{
	struct foldbuf	 fb = { NULL, 0 };
	struct str	 f;

	f = fold(&fb, s, len);
	assert_non_null(f.ptr);
	if (f.len != want_len || memcmp(f.ptr, want, want_len) != 0)
		fail_msg("fold(\"%.*s\") gave \"%.*s\" (%zu bytes), want "
		    "\"%.*s\" (%zu bytes)", (int)len, s, (int)f.len, f.ptr,
		    f.len, (int)want_len, want, want_len);
	assert_int_equal(f.ptr[f.len], '\0');
	fold_free(&fb);
}

static void
assert_folds(const char *s, const char *want)
{
	assert_folds_n(s, strlen(s), want, strlen(want));
}

static void
test_ascii(void **state)
{
	(void)state;
	assert_folds("Hello, WORLD 2015!", "hello, world 2015!");
	assert_folds("already lower", "already lower");
	assert_folds("@[`{", "@[`{");	/* neighbours of A-Z and a-z */
	assert_folds("", "");
}

static void
test_accents(void **state)
{
	(void)state;
	assert_folds("\xc3\x89tat", "etat");			/* État */
	/* EXPLOTACIÓN */
	assert_folds("EXPLOTACI\xc3\x93N", "explotacion");
	assert_folds("explotaci\xc3\xb3n", "explotacion");
	assert_folds("Fran\xc3\xa7" "ais", "francais");		/* Français */
	assert_folds("ESPA\xc3\x91OL", "espanol");		/* ESPAÑOL */
	assert_folds("\xc3\x85ngstr\xc3\xb6m", "angstrom");	/* Ångström */
	/* Capital sigma folds to the ordinary small sigma. */
	assert_folds("\xce\xa3", "\xcf\x83");
}

static void
test_special_folds(void **state)
{
	(void)state;
	assert_folds("\xc3\x9f", "ss");				/* ß */
	assert_folds("Stra\xc3\x9f" "e", "strasse");		/* Straße */
	assert_folds("\xef\xac\x81", "fi");			/* ﬁ */
	assert_folds("\xef\xac\x81nal", "final");
	assert_folds("\xef\xac\x83", "ffi");			/* ﬃ */
	assert_folds("\xe2\x84\xa2", "tm");			/* ™ */
	assert_folds("\xef\xbc\xa1\xef\xbc\xa2", "ab");	/* fullwidth ＡＢ */
	assert_folds("\xc4\xb0", "i");				/* İ */
}

static void
test_combining_marks(void **state)
{
	(void)state;
	/* e + COMBINING ACUTE ACCENT, and the precomposed é, agree. */
	assert_folds("e\xcc\x81", "e");
	assert_folds("E\xcc\x81tat", "etat");
	assert_folds("\xc3\xa9", "e");
	/* Several marks on one letter. */
	assert_folds("a\xcc\x81\xcc\x88\xcc\xa3", "a");
	/* A mark alone disappears. */
	assert_folds("\xcc\x81", "");
}

static void
test_embedded_nul(void **state)
{
	(void)state;
	assert_folds_n("A\0B", 3, "a\0b", 3);
	assert_folds_n("\xc3\x89\0\xc3\x89", 5, "e\0e", 3);
	assert_folds_n("\0", 1, "\0", 1);
}

static void
test_invalid_bytes_pass_through(void **state)
{
	(void)state;
	assert_folds("A\xff" "B", "a\xff" "b");
	assert_folds("\xc3\x89\xff\xc3\x89", "e\xff" "e");
	assert_folds("\xc3", "\xc3");			/* truncated */
	assert_folds("\xc3\x89t\xe2\x82", "et\xe2\x82");
	assert_folds("\xed\xa0\x80\xc3\x89", "\xed\xa0\x80" "e");
	assert_folds("\x80\x80", "\x80\x80");
}

static void
test_buffer_reuse_and_growth(void **state)
{
	struct foldbuf	 fb = { NULL, 0 };
	struct str	 f;
	char		*in, *want;
	size_t		 i, n = 1000;

	(void)state;
	f = fold(&fb, "ABC", 3);
	assert_true(str_eq(f, "abc"));
	/* Long ASCII. */
	in = malloc(n);
	want = malloc(n);
	assert_non_null(in);
	assert_non_null(want);
	for (i = 0; i < n; i++) {
		in[i] = (char)('A' + i % 26);
		want[i] = (char)('a' + i % 26);
	}
	f = fold(&fb, in, n);
	assert_int_equal(f.len, n);
	assert_memory_equal(f.ptr, want, n);
	free(in);
	free(want);
	/* Short again, in the same buffer. */
	f = fold(&fb, "\xc3\x89T\xc3\x89", 5);
	assert_true(str_eq(f, "ete"));
	/* Text that grows: "㎏" (3 bytes) is "kg"; "ﷺ" is 33 bytes. */
	n = 400;
	in = malloc(n * 3);
	assert_non_null(in);
	for (i = 0; i < n; i++)
		memcpy(in + i * 3, "\xef\xb7\xba", 3);	/* U+FDFA */
	f = fold(&fb, in, n * 3);
	assert_non_null(f.ptr);
	assert_true(f.len > n * 3);
	assert_true(text_valid_utf8(f.ptr, f.len));
	assert_int_equal(f.ptr[f.len], '\0');
	free(in);
	fold_free(&fb);
	assert_null(fb.buf);
	assert_int_equal(fb.cap, 0);
}

static void
test_fold_dup(void **state)
{
	char	*p;
	size_t	 len = 12345;

	(void)state;
	p = fold_dup("\xc3\x89tat des LIEUX", 15, &len);
	assert_non_null(p);
	assert_string_equal(p, "etat des lieux");
	assert_int_equal(len, 14);
	free(p);
	p = fold_dup("A\0\xc3\x89", 4, &len);
	assert_non_null(p);
	assert_int_equal(len, 3);
	assert_memory_equal(p, "a\0e", 4);
	free(p);
	/* outlen may be NULL. */
	p = fold_dup("XY", 2, NULL);
	assert_non_null(p);
	assert_string_equal(p, "xy");
	free(p);
	p = fold_dup("", 0, &len);
	assert_non_null(p);
	assert_string_equal(p, "");
	assert_int_equal(len, 0);
	free(p);
}

/* fold_mapped() folds like fold() and knows where each byte came from. */
static void
test_mapped(void **state)
{
	static const char s[] = "\xc3\x89tude \xef\xac\x81n STRA\xc3\x9f" "E";
	struct foldbuf	 fb = { NULL, 0 }, fb2 = { NULL, 0 };
	struct foldmap	 fm = { NULL, 0 };
	struct str	 a, b;

	(void)state;
	a = fold_mapped(&fb, &fm, s, sizeof(s) - 1);
	b = fold(&fb2, s, sizeof(s) - 1);
	assert_non_null(a.ptr);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.ptr, b.ptr, a.len);
	assert_string_equal(a.ptr, "etude fin strasse");
	assert_int_equal(fm.from[0], 0);	/* e <- É */
	assert_int_equal(fm.from[1], 2);	/* t */
	assert_int_equal(fm.from[6], 7);	/* f <- fi ligature */
	assert_int_equal(fm.from[7], 7);	/* i <- fi ligature */
	assert_int_equal(fm.from[8], 10);	/* n */
	assert_int_equal(fm.from[14], 16);	/* s <- ß */
	assert_int_equal(fm.from[15], 16);	/* s <- ß */
	assert_int_equal(fm.from[a.len], sizeof(s) - 1);
	fold_free(&fb);
	fold_free(&fb2);
	foldmap_free(&fm);
}

/* What libunistring makes of s[0..len) (valid UTF-8) folded as a whole. */
static size_t
fold_whole(const char *s, size_t len, char *out)
{
	uint8_t		*f;
	size_t		 flen, i, o = 0;
	ucs4_t		 uc;
	int		 n;

	f = u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFKD, NULL,
	    &flen);
	assert_non_null(f);
	for (i = 0; i < flen; i += (size_t)n) {
		n = u8_mbtouc(&uc, f + i, flen - i);
		if (!uc_is_general_category(uc, UC_CATEGORY_M)) {
			memcpy(out + o, f + i, (size_t)n);
			o += (size_t)n;
		}
	}
	free(f);
	return o;
}

/*
 * Every character of the first planes' busy blocks, eight to a run
 * between two ASCII letters, against the whole run folded by
 * libunistring: each run twice, the second time from what fold() kept,
 * and the blocks twice, their characters' places in fold()'s table by
 * then taken by others.
 */
static void
test_same_as_whole_runs(void **state)
{
	static const uint32_t ranges[][2] = {
		{ 0x80, 0x3000 }, { 0xa640, 0xa800 }, { 0xfb00, 0xfffe },
		{ 0x1d400, 0x1d800 }, { 0x1f100, 0x1f200 },
	};
	struct foldbuf	 fb = { NULL, 0 };
	struct str	 f;
	char		 s[64], want[512];
	uint32_t	 cp;
	size_t		 r, k, len, wlen, pass, again;

	(void)state;
	for (pass = 0; pass < 2; pass++)
		for (r = 0; r < sizeof(ranges) / sizeof(ranges[0]); r++)
			for (cp = ranges[r][0]; cp < ranges[r][1]; cp += 8) {
				len = 0;
				for (k = 0; k < 8; k++)
					if (cp + k < 0xd800 || cp + k > 0xdfff)
						len += (size_t)u8_uctomb(
						    (uint8_t *)s + 1 + len,
						    cp + (uint32_t)k, 8);
				s[0] = 'A';
				s[len + 1] = 'b';
				wlen = fold_whole(s + 1, len, want + 1);
				want[0] = 'a';
				want[wlen + 1] = 'b';
				for (again = 0; again < 2; again++) {
					f = fold(&fb, s, len + 2);
					assert_non_null(f.ptr);
					if (f.len != wlen + 2 ||
					    memcmp(f.ptr, want, wlen + 2) != 0)
						fail_msg("U+%04X..: fold() differs "
						    "from the whole run folded "
						    "(pass %zu, %zu)",
						    (unsigned)cp, pass, again);
				}
			}
	fold_free(&fb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii),
		cmocka_unit_test(test_accents),
		cmocka_unit_test(test_special_folds),
		cmocka_unit_test(test_combining_marks),
		cmocka_unit_test(test_embedded_nul),
		cmocka_unit_test(test_invalid_bytes_pass_through),
		cmocka_unit_test(test_buffer_reuse_and_growth),
		cmocka_unit_test(test_fold_dup),
		cmocka_unit_test(test_mapped),
		cmocka_unit_test(test_same_as_whole_runs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
