/*
 * test_diag.c: unit tests for the diagnostic list.  diags_add() must
 * format its message and count errors apart from warnings; diags_failed()
 * must be true for an error or an allocation failure, not for warnings;
 * diags_sort() must order by line then column, unlocated first, keeping
 * the order of equal positions; diags_merge() must move everything,
 * leaving the source empty; and diags_print() must write exactly the GNU
 * form "PROG: FILE:LINE:COL: message" (captured with open_memstream),
 * with the level where asked or for warnings, and a closing note when
 * some diagnostics were dropped past the maximum.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

static struct pos
at(uint32_t line, uint32_t col)
{
	struct pos	 p = { line, col };

	return p;
}

/* What diags_print() writes, as a malloc'd string. */
static char *
printed(const struct diags *d, const char *prog, bool show_level)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp;

	fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	diags_print(d, fp, prog, show_level);
	assert_int_equal(fclose(fp), 0);
	assert_non_null(buf);
	return buf;
}

static void
assert_prints(const struct diags *d, const char *prog, bool show_level,
    const char *want)
{
	char	*s;

	s = printed(d, prog, show_level);
	assert_string_equal(s, want);
	free(s);
}

static void
test_add_formats(void **state)
{
	struct diags	 d;

	(void)state;
	diags_init(&d, "cat.yaml");
	assert_int_equal(d.n, 0);
	assert_false(diags_failed(&d));
	diags_add(&d, DIAG_ERROR, at(3, 5), "unknown key '%s' (%d)", "yaer",
	    42);
	diags_add(&d, DIAG_WARNING, at(0, 0), "100%% %s", "sure");
	assert_int_equal(d.n, 2);
	assert_int_equal(d.v[0].level, DIAG_ERROR);
	assert_int_equal(d.v[0].at.line, 3);
	assert_int_equal(d.v[0].at.col, 5);
	assert_string_equal(d.v[0].msg, "unknown key 'yaer' (42)");
	assert_int_equal(d.v[1].level, DIAG_WARNING);
	assert_string_equal(d.v[1].msg, "100% sure");
	diags_free(&d);
	assert_int_equal(d.n, 0);
	assert_null(d.v);
}

static void
test_add_long_message(void **state)
{
	struct diags	 d;
	char		 big[5000];

	(void)state;
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	diags_init(&d, "f");
	diags_add(&d, DIAG_ERROR, at(1, 1), "<%s>", big);
	assert_int_equal(strlen(d.v[0].msg), sizeof(big) + 1);
	assert_int_equal(d.v[0].msg[0], '<');
	assert_int_equal(d.v[0].msg[sizeof(big)], '>');
	diags_free(&d);
}

static void
test_counts_and_failed(void **state)
{
	struct diags	 d;
	size_t		 i;

	(void)state;
	diags_init(&d, "cat.yaml");
	diags_add(&d, DIAG_WARNING, at(1, 1), "w1");
	diags_add(&d, DIAG_WARNING, at(2, 1), "w2");
	assert_int_equal(d.n, 2);
	assert_int_equal(d.nerrors, 0);
	assert_false(diags_failed(&d));
	diags_add(&d, DIAG_ERROR, at(3, 1), "e1");
	assert_int_equal(d.nerrors, 1);
	assert_true(diags_failed(&d));
	diags_add(&d, DIAG_WARNING, at(4, 1), "w3");
	diags_add(&d, DIAG_ERROR, at(5, 1), "e2");
	assert_int_equal(d.n, 5);
	assert_int_equal(d.nerrors, 2);
	/* Many more, past the first growth of the array. */
	for (i = 0; i < 50; i++)
		diags_add(&d, i % 2 ? DIAG_ERROR : DIAG_WARNING, at(6, 1),
		    "more %zu", i);
	assert_int_equal(d.n, 55);
	assert_int_equal(d.nerrors, 27);
	assert_string_equal(d.v[54].msg, "more 49");
	diags_free(&d);

	/* An allocation failure alone is failure. */
	diags_init(&d, "cat.yaml");
	d.oom = true;
	assert_true(diags_failed(&d));
	diags_free(&d);
}

static void
test_sort(void **state)
{
	static const char *const want[] = {
		"unlocated a", "unlocated b", "2:3", "2:9", "5:1 first",
		"5:1 second", "5:1 third", "5:2", "10:1"
	};
	struct diags	 d;
	size_t		 i;

	(void)state;
	diags_init(&d, "cat.yaml");
	diags_add(&d, DIAG_ERROR, at(5, 1), "5:1 first");
	diags_add(&d, DIAG_ERROR, at(10, 1), "10:1");
	diags_add(&d, DIAG_WARNING, at(0, 0), "unlocated a");
	diags_add(&d, DIAG_ERROR, at(2, 9), "2:9");
	diags_add(&d, DIAG_WARNING, at(5, 1), "5:1 second");
	diags_add(&d, DIAG_ERROR, at(2, 3), "2:3");
	diags_add(&d, DIAG_ERROR, at(5, 2), "5:2");
	diags_add(&d, DIAG_ERROR, at(0, 0), "unlocated b");
	diags_add(&d, DIAG_ERROR, at(5, 1), "5:1 third");
	diags_sort(&d);
	assert_int_equal(d.n, sizeof(want) / sizeof(want[0]));
	for (i = 0; i < d.n; i++)
		assert_string_equal(d.v[i].msg, want[i]);
	/* Levels travel with their messages. */
	assert_int_equal(d.v[0].level, DIAG_WARNING);
	assert_int_equal(d.v[1].level, DIAG_ERROR);
	assert_int_equal(d.v[5].level, DIAG_WARNING);
	assert_int_equal(d.nerrors, 7);
	/* Sorting again changes nothing. */
	diags_sort(&d);
	for (i = 0; i < d.n; i++)
		assert_string_equal(d.v[i].msg, want[i]);
	diags_free(&d);

	/* Empty and single lists. */
	diags_init(&d, "cat.yaml");
	diags_sort(&d);
	diags_add(&d, DIAG_ERROR, at(1, 1), "only");
	diags_sort(&d);
	assert_string_equal(d.v[0].msg, "only");
	diags_free(&d);
}

static void
test_merge(void **state)
{
	struct diags	 dst, src;

	(void)state;
	diags_init(&dst, "cat.yaml");
	diags_init(&src, "cat.yaml");
	diags_add(&dst, DIAG_WARNING, at(9, 1), "dst warning");
	diags_add(&src, DIAG_ERROR, at(1, 2), "src error %d", 1);
	diags_add(&src, DIAG_WARNING, at(0, 0), "src 100%% warning");
	assert_false(diags_failed(&dst));
	diags_merge(&dst, &src);
	assert_int_equal(dst.n, 3);
	assert_string_equal(dst.v[0].msg, "dst warning");
	assert_string_equal(dst.v[1].msg, "src error 1");
	assert_int_equal(dst.v[1].level, DIAG_ERROR);
	assert_int_equal(dst.v[1].at.line, 1);
	assert_int_equal(dst.v[1].at.col, 2);
	assert_string_equal(dst.v[2].msg, "src 100% warning");
	assert_int_equal(dst.nerrors, 1);
	assert_true(diags_failed(&dst));
	/* The source is left empty and usable. */
	assert_int_equal(src.n, 0);
	assert_int_equal(src.nerrors, 0);
	assert_false(diags_failed(&src));
	diags_add(&src, DIAG_WARNING, at(1, 1), "again");
	assert_int_equal(src.n, 1);
	diags_free(&src);
	/* An allocation failure moves too. */
	diags_init(&src, "cat.yaml");
	src.oom = true;
	diags_merge(&dst, &src);
	assert_true(dst.oom);
	assert_int_equal(dst.n, 3);
	diags_free(&src);
	diags_free(&dst);
}

/*
 * Dropped diagnostics stay dropped when moved: the merged list must
 * still say that some were left out, and still count the errors.
 */
static void
test_merge_truncated(void **state)
{
	struct diags	 dst, src;
	char		*s;
	bool		 failed, truncated, noted;

	(void)state;
	diags_init(&dst, "cat.yaml");
	diags_init(&src, "cat.yaml");
	src.max = 1;
	diags_add(&src, DIAG_WARNING, at(1, 1), "kept");
	diags_add(&src, DIAG_ERROR, at(2, 1), "dropped");
	assert_true(src.truncated);
	assert_true(diags_failed(&src));
	diags_merge(&dst, &src);
	assert_int_equal(dst.n, 1);
	failed = diags_failed(&dst);
	truncated = dst.truncated;
	s = printed(&dst, "iompubs", false);
	noted = strstr(s, "too many problems") != NULL;
	free(s);
	diags_free(&src);
	diags_free(&dst);
	/* A dropped error still fails the list and still shows. */
	assert_true(failed);
	assert_true(truncated);
	assert_true(noted);
}

static void
test_print_format(void **state)
{
	struct diags	 d;

	(void)state;
	diags_init(&d, "cat.yaml");
	diags_add(&d, DIAG_ERROR, at(3, 5), "unknown key 'yaer'");
	diags_add(&d, DIAG_ERROR, at(0, 0), "cannot read it");
	diags_add(&d, DIAG_WARNING, at(12, 1), "odd but fine");
	diags_add(&d, DIAG_WARNING, at(0, 0), "unlocated warning");
	assert_prints(&d, "iompubs", false,
	    "iompubs: cat.yaml:3:5: unknown key 'yaer'\n"
	    "iompubs: cat.yaml: cannot read it\n"
	    "iompubs: cat.yaml:12:1: warning: odd but fine\n"
	    "iompubs: cat.yaml: warning: unlocated warning\n");
	assert_prints(&d, "iompubs", true,
	    "iompubs: cat.yaml:3:5: error: unknown key 'yaer'\n"
	    "iompubs: cat.yaml: error: cannot read it\n"
	    "iompubs: cat.yaml:12:1: warning: odd but fine\n"
	    "iompubs: cat.yaml: warning: unlocated warning\n");
	/* Without a program name. */
	assert_prints(&d, NULL, false,
	    "cat.yaml:3:5: unknown key 'yaer'\n"
	    "cat.yaml: cannot read it\n"
	    "cat.yaml:12:1: warning: odd but fine\n"
	    "cat.yaml: warning: unlocated warning\n");
	diags_free(&d);

	/* Large positions are printed in full. */
	diags_init(&d, "big.yaml");
	diags_add(&d, DIAG_ERROR, at(4000000000u, 123456), "far");
	assert_prints(&d, "iompubs", false,
	    "iompubs: big.yaml:4000000000:123456: far\n");
	diags_free(&d);

	/* Without a file name: just the message. */
	diags_init(&d, NULL);
	diags_add(&d, DIAG_ERROR, at(0, 0), "out of memory");
	assert_prints(&d, "iompubs", false, "iompubs: out of memory\n");
	diags_free(&d);

	/* Nothing held: nothing printed. */
	diags_init(&d, "cat.yaml");
	assert_prints(&d, "iompubs", false, "");
	diags_free(&d);
}

static void
test_max_and_truncated(void **state)
{
	struct diags	 d;
	size_t		 i;

	(void)state;
	diags_init(&d, "cat.yaml");
	assert_true(d.max > 0);
	d.max = 3;
	for (i = 1; i <= 5; i++)
		diags_add(&d, DIAG_ERROR, at((uint32_t)i, 1), "e%zu", i);
	assert_int_equal(d.n, 3);
	assert_true(d.truncated);
	/* Dropped errors still count. */
	assert_int_equal(d.nerrors, 5);
	assert_true(diags_failed(&d));
	assert_string_equal(d.v[2].msg, "e3");
	assert_prints(&d, "iompubs", false,
	    "iompubs: cat.yaml:1:1: e1\n"
	    "iompubs: cat.yaml:2:1: e2\n"
	    "iompubs: cat.yaml:3:1: e3\n"
	    "iompubs: cat.yaml: too many problems; only the first 3 are "
	    "shown\n");
	diags_free(&d);

	/* Exactly max: nothing dropped, no note. */
	diags_init(&d, "cat.yaml");
	d.max = 2;
	diags_add(&d, DIAG_WARNING, at(1, 1), "w1");
	diags_add(&d, DIAG_WARNING, at(2, 1), "w2");
	assert_false(d.truncated);
	assert_prints(&d, "iompubs", false,
	    "iompubs: cat.yaml:1:1: warning: w1\n"
	    "iompubs: cat.yaml:2:1: warning: w2\n");
	/* A dropped warning truncates, but is no failure. */
	diags_add(&d, DIAG_WARNING, at(3, 1), "w3");
	assert_true(d.truncated);
	assert_false(diags_failed(&d));
	diags_free(&d);

	/* The default maximum is generous but finite. */
	diags_init(&d, "cat.yaml");
	for (i = 0; i < 1000; i++)
		diags_add(&d, DIAG_WARNING, at(1, 1), "w");
	assert_true(d.n < 1000);
	assert_true(d.n >= 10);
	assert_true(d.truncated);
	diags_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_add_formats),
		cmocka_unit_test(test_add_long_message),
		cmocka_unit_test(test_counts_and_failed),
		cmocka_unit_test(test_sort),
		cmocka_unit_test(test_merge),
		cmocka_unit_test(test_merge_truncated),
		cmocka_unit_test(test_print_format),
		cmocka_unit_test(test_max_and_truncated),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
