/*
 * test_wordlist.c: telling a real word from a typo by word lists.
 *
 * Lists of the form Debian ships (one word a line, capitals and accents
 * as written), written here, so that the test does not depend on which
 * lists the machine has.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "wordlist.h"

static char	 en[] = "/tmp/test_wordlist_en.XXXXXX";
static char	 es[] = "/tmp/test_wordlist_es.XXXXXX";

static void
write_list(char *path, const char *text)
{
	int	 fd = mkstemp(path);
	FILE	*fp;

	assert_true(fd >= 0);
	assert_non_null(fp = fdopen(fd, "w"));
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

static int
setup(void **state)
{
	(void)state;
	write_list(en, "Asia\ncount\ncounted\nmental\n");
	write_list(es, "doméstica\nmujer\nvíctima\n");
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(en);
	unlink(es);
	return 0;
}

static bool
known(const char *w, const char *paths)
{
	bool	 k = false;

	assert_true(wordlist_known(&w, 1, paths, &k));
	return k;
}

static void
words(void **state)
{
	char	 both[128];

	(void)state;
	snprintf(both, sizeof(both), "%s:%s", en, es);
	assert_true(known("count", both));
	assert_true(known("asia", both));		/* any case */
	assert_true(known("victima", both));		/* without accents */
	assert_true(known("victimas", both));		/* a plural */
	assert_true(known("domesticas", both));
	assert_true(known("mujeres", both));		/* plural in -es */
	assert_false(known("trafiking", both));
	assert_false(known("coun", both));		/* not a prefix */
	assert_true(known("counts", en));		/* a plural in -s */
	assert_false(known("victima", en));		/* only in es */
}

static void
several_and_missing(void **state)
{
	const char	*w[3] = { "mental", "xqzv", "mujer" };
	bool		 k[3];
	char		 paths[128];

	(void)state;
	snprintf(paths, sizeof(paths), "/nonexistent:%s::%s", en, es);
	assert_true(wordlist_known(w, 3, paths, k));
	assert_true(k[0]);
	assert_false(k[1]);
	assert_true(k[2]);
	/* No list: no word is known. */
	assert_true(wordlist_known(w, 3, "", k));
	assert_false(k[0] || k[1] || k[2]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(words),
		cmocka_unit_test(several_and_missing),
	};

	return cmocka_run_group_tests_name("wordlist", tests, setup, teardown);
}
