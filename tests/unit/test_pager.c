/*
 * test_pager.c: choosing, finding and running the pager, and the
 * terminal size from the environment.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pager.h"
#include "term.h"

static void
test_command_choice(void **state)
{
	(void)state;
	unsetenv("IOMPUBS_PAGER");
	unsetenv("PAGER");
	assert_string_equal(pager_command(), "less");
	setenv("PAGER", "more -d", 1);
	assert_string_equal(pager_command(), "more -d");
	setenv("IOMPUBS_PAGER", "most", 1);
	assert_string_equal(pager_command(), "most");
	setenv("IOMPUBS_PAGER", "", 1);		/* empty: not set */
	assert_string_equal(pager_command(), "more -d");
	unsetenv("IOMPUBS_PAGER");
	unsetenv("PAGER");
}

static void
test_found(void **state)
{
	(void)state;
	setenv("PATH", "/nonexistent:/bin:/usr/bin", 1);
	assert_true(pager_found("cat"));
	assert_true(pager_found("  cat -v"));
	assert_true(pager_found("/bin/cat"));
	assert_false(pager_found("no-such-pager-anywhere"));
	assert_false(pager_found("/nonexistent/less -R"));
	assert_false(pager_found(""));
	assert_false(pager_found("   "));
	/* The word sh would run: after assignments, unquoted. */
	assert_true(pager_found("LESS=R cat"));
	assert_true(pager_found("A=1 B='x y' cat -v"));
	assert_false(pager_found("LESS=R no-such-pager-anywhere"));
	assert_true(pager_found("'cat' -v"));
	assert_true(pager_found("\"/bin/cat\""));
	assert_true(pager_found("c\\at"));
	assert_true(pager_found("exec cat"));
	assert_false(pager_found("'/nonexistent/cat'"));
	/* Only the shell can tell. */
	assert_true(pager_found("$MYPAGER"));
}

static void
test_show(void **state)
{
	char	 path[] = "/tmp/iompubs-pager-XXXXXX", cmd[128], buf[64];
	FILE	*fp;
	int	 fd;
	size_t	 n;

	(void)state;
	/*
	 * As main() does: a pager that quits before reading ("true") must
	 * not kill the writer with SIGPIPE, whoever runs first.
	 */
	signal(SIGPIPE, SIG_IGN);
	assert_true((fd = mkstemp(path)) >= 0);
	close(fd);
	unsetenv("LESS");
	snprintf(cmd, sizeof(cmd), "{ echo \"$LESS\"; cat; } > %s", path);
	assert_int_equal(pager_show(cmd, "one\ntwo\n", 8), 0);
	assert_non_null(fp = fopen(path, "r"));
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	assert_string_equal(buf, "FRX\none\ntwo\n");
	/* A pager that quits at once is not an error. */
	assert_int_equal(pager_show("true", "x\n", 2), 0);
	/* One that fails is: its status, negated; a signal, -256 - sig. */
	assert_int_equal(pager_show("false", "x\n", 2), -1);
	assert_int_equal(pager_show("exit 3", "x\n", 2), -3);
	assert_int_equal(pager_show("kill -TERM $$", "x\n", 2), -256 - 15);
	assert_int_equal(pager_show("no-such-pager-anywhere 2>/dev/null",
	    "x\n", 2), -127);
	pager_error(-1, buf, sizeof(buf));
	assert_string_equal(buf, "it exited with status 1");
	unlink(path);
}

static void
test_term_size(void **state)
{
	(void)state;
	setenv("COLUMNS", "123", 1);
	setenv("LINES", "45", 1);
	assert_int_equal(term_width(), 123);
	assert_int_equal(term_rows(), 45);
	/* Not a positive number: ignored (and no terminal here: 80, 24). */
	setenv("COLUMNS", "0", 1);
	setenv("LINES", "-3", 1);
	if (!isatty(STDOUT_FILENO)) {
		assert_int_equal(term_width(), 80);
		assert_int_equal(term_rows(), 24);
	}
	unsetenv("COLUMNS");
	unsetenv("LINES");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_command_choice),
		cmocka_unit_test(test_found),
		cmocka_unit_test(test_show),
		cmocka_unit_test(test_term_size),
	};

	return cmocka_run_group_tests_name("pager", tests, NULL, NULL);
}
