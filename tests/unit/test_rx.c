/*
 * test_rx.c: POSIX extended regular expressions run by PCRE2.  Each
 * pattern must match as POSIX (and glibc, where POSIX leaves it open)
 * says: escapes of ordinary characters are those characters, backslashes
 * in bracket expressions are literal, a repetition of a repetition
 * repeats the whole, quantifiers with nothing before them are literal,
 * "(?" is no PCRE2 extension; case is ignored, also beyond ASCII.  Bad
 * patterns are refused with a message that says why, the length limit
 * included.  rx_exec() matches from an offset with positions in the
 * whole string, and a pattern that backtracks without end stops at its
 * budget of steps (RX_LIMIT) instead of running for minutes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "rx.h"

/* Does pattern match s?  1, 0, or the failing status negated. */
static int
matches(const char *pattern, const char *s)
{
	struct rx	*re;
	struct rx_span	 m;
	char		 msg[160];
	enum rx_status	 rc;

	if ((rc = rx_compile(&re, pattern, msg, sizeof(msg))) != RX_OK)
		fail_msg("rx_compile(\"%s\"): %s", pattern, msg);
	rc = rx_exec(re, s, strlen(s), 0, &m);
	rx_free(re);
	return rc == RX_OK ? 1 : rc == RX_NOMATCH ? 0 : -(int)rc;
}

static void
test_posix_meaning(void **state)
{
	static const struct {
		const char	*re;
		const char	*s;
		int		 want;
	} cases[] = {
		{ "traffick(ing|ed)", "TRAFFICKED persons", 1 },
		{ "\\d", "d", 1 },		/* not a digit */
		{ "\\d", "7", 0 },
		{ "\\n", "n", 1 },
		{ "a+?b", "aab", 1 },		/* (a+)?b, not lazy */
		{ "a*+a", "aa", 1 },		/* (a*)+a, not possessive */
		{ "a{2}{2}", "aaaa", 1 },
		{ "a{2}{2}", "aaa", 0 },
		{ "*a", "*a", 1 },		/* nothing to repeat: literal */
		{ "(*a)", "*a", 1 },
		{ "x|*a", "*a", 1 },
		{ "(?i)", "(i)", 0 },		/* '(' '?' literal 'i' ')' */
		{ "(?i)", "?i", 1 },
		{ "a{", "a{", 1 },		/* not a bound: literal */
		{ "a{,2}b", "b", 1 },		/* glibc's {,m} is {0,m} */
		{ "a)", "a)", 1 },		/* unmatched ')' is literal */
		{ "[\\d]", "\\", 1 },		/* backslash in brackets */
		{ "[\\d]", "7", 0 },
		{ "[]a]", "]", 1 },
		{ "[^]a]", "b", 1 },
		{ "[[:digit:]]+", "x42", 1 },
		{ "[[.-.]]", "-", 1 },
		{ "[[=e=]]", "E", 1 },
		{ "[[=e=]]", "\x1b", 0 },
		{ "[a[]", "[", 1 },
		{ "^caring$", "Caring", 1 },
		{ "^caring$", "Caring\n", 0 },	/* '$' is the very end */
		{ "a.b", "a\nb", 1 },		/* '.' matches a newline */
		{ "\\<traf", "trafic", 1 },
		{ "\\<raf", "trafic", 0 },
		{ "fic\\>", "trafic", 1 },
		{ "\\bx\\B", "xy", 1 },
		{ "\\`a", "a", 1 },
		{ "a\\'", "ab", 0 },
		{ "\\w+ing", "rescuing", 1 },
		{ "\xc3\xa9tat", "\xc3\x89TAT", 1 },	/* case beyond ASCII */
		{ "^.$", "\xc3\xa9", 1 },	/* a character, not a byte */
		{ "", "anything", 1 },
		{ "a|", "b", 1 },
		{ "()", "", 1 },
		{ "(x*)+", "", 1 },
		{ "\\.", "a", 0 },
		{ "#", "#", 1 },
	};
	size_t	 i;
	int	 got;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if ((got = matches(cases[i].re, cases[i].s)) != cases[i].want)
			fail_msg("\"%s\" on \"%s\": %d, expected %d",
			    cases[i].re, cases[i].s, got, cases[i].want);
}

static void
assert_refused(const char *pattern, const char *why)
{
	struct rx	*re;
	char		 msg[160];

	if (rx_compile(&re, pattern, msg, sizeof(msg)) != RX_BAD)
		fail_msg("\"%s\" was not refused", pattern);
	if (strstr(msg, why) == NULL)
		fail_msg("\"%s\": \"%s\" does not say \"%s\"", pattern, msg,
		    why);
	assert_null(re);
}

static void
test_refused(void **state)
{
	char	*big;

	(void)state;
	assert_refused("(a)\\1", "back-references");
	assert_refused("a\\", "ends with a backslash");
	assert_refused("a(b", "'(' is not closed");
	assert_refused("a[b", "'[' is not closed");
	assert_refused("[[:alpha:]", "'[' is not closed");
	assert_refused("[[:alpha]]", "is not closed");
	assert_refused("[[.ch.]]", "collating elements");
	assert_refused("a{3,2}", "out of order");
	assert_refused("[[:nosuch:]]", "unknown POSIX class");
	assert_refused("\xff", "UTF-8");
	/* Length: at the limit is fine, one more byte is refused. */
	big = malloc(RX_MAX_LEN + 2);
	assert_non_null(big);
	memset(big, 'a', RX_MAX_LEN + 1);
	big[RX_MAX_LEN + 1] = '\0';
	assert_refused(big, "longer than the limit of 4096 bytes");
	big[RX_MAX_LEN] = '\0';
	assert_int_equal(matches(big, big), 1);
	free(big);
}

static void
test_exec(void **state)
{
	static const char s[] = "Trafficking, trafficked, TRAFFIC";
	struct rx	*re;
	struct rx_span	 m;
	char		 msg[160];
	size_t		 len = strlen(s);

	(void)state;
	assert_int_equal(rx_compile(&re, "traffic[a-z]*", msg, sizeof(msg)),
	    RX_OK);
	assert_int_equal(rx_exec(re, s, len, 0, &m), RX_OK);
	assert_int_equal(m.start, 0);
	assert_int_equal(m.end, 11);
	/* From an offset: positions stay those of the whole string. */
	assert_int_equal(rx_exec(re, s, len, 11, &m), RX_OK);
	assert_int_equal(m.start, 13);
	assert_int_equal(m.end, 23);
	assert_int_equal(rx_exec(re, s, len, 25, &m), RX_OK);
	assert_int_equal(m.start, 25);
	assert_int_equal(m.end, 32);
	/* The length ends the string: "TRAFF" is too short for a match. */
	assert_int_equal(rx_exec(re, s + 25, 5, 0, &m), RX_NOMATCH);
	assert_int_equal(rx_exec(re, s, len, 26, &m), RX_NOMATCH);
	rx_free(re);
	/* '^' is the start of the text, not of where the search starts. */
	assert_int_equal(rx_compile(&re, "^traffic", msg, sizeof(msg)), RX_OK);
	assert_int_equal(rx_exec(re, s, len, 13, &m), RX_NOMATCH);
	rx_free(re);
	/* \< sees the character before the starting point. */
	assert_int_equal(rx_compile(&re, "\\<fic", msg, sizeof(msg)), RX_OK);
	assert_int_equal(rx_exec(re, s, len, 4, &m), RX_NOMATCH);
	rx_free(re);
}

/* Runs of n a's followed by tail. */
static char *
run_of_a(size_t n, const char *tail)
{
	char	*s;

	s = malloc(n + strlen(tail) + 1);
	assert_non_null(s);
	memset(s, 'a', n);
	strcpy(s + n, tail);
	return s;
}

/*
 * Patterns that backtrack exponentially, or quadratically in the text,
 * end at their budget; glibc took seconds to minutes on these.  The
 * same patterns on short texts still answer.
 */
static void
test_budget(void **state)
{
	static const char *const costly[] = {
		"(a|aa)*cb", "(a+)+cb", "(a|b)*cd", "a*a*a*a*a*cb",
	};
	char	*big, *small;
	size_t	 i;

	(void)state;
	big = run_of_a(65536, "dbc");
	small = run_of_a(10, "dbc");
	for (i = 0; i < sizeof(costly) / sizeof(costly[0]); i++) {
		if (matches(costly[i], big) != -RX_LIMIT)
			fail_msg("\"%s\" on 64 KB: no RX_LIMIT", costly[i]);
		if (matches(costly[i], small) != 0)
			fail_msg("\"%s\" on a short text", costly[i]);
	}
	/* Linear ones answer on the long text. */
	assert_int_equal(matches(".*bc", big), 1);
	assert_int_equal(matches("a+dbc", big), 1);
	assert_int_equal(matches("a.*x", big), 0);
	/*
	 * PCRE2's JIT fails these fast (no starting point after a failed
	 * one); its interpreter (no JIT, or IOMPUBS_NO_JIT) backtracks at
	 * each and runs out of steps.  Never a match, never minutes.
	 */
	assert_true(matches("a*cd", big) == 0 ||
	    matches("a*cd", big) == -RX_LIMIT);
	assert_true(matches("[ab]*cd", big) == 0 ||
	    matches("[ab]*cd", big) == -RX_LIMIT);
	assert_true(matches("(.{999})*cd", big) == 0 ||
	    matches("(.{999})*cd", big) == -RX_LIMIT);
	free(big);
	free(small);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_posix_meaning),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_exec),
		cmocka_unit_test(test_budget),
	};

	return cmocka_run_group_tests_name("test_rx", tests, NULL, NULL);
}
