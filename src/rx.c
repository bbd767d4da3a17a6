/*
 * rx.c: regular expressions that cannot eat the machine.
 */
#include <sys/types.h>

#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>

#include "rx.h"

#define TOO_MUCH	(RX_MAX_COST + 1)

/* Groups nested deeper than this are refused as too costly. */
#define MAX_DEPTH	64

/* A group being measured: its finished alternatives, and the current one. */
struct group {
	size_t	 alts;		/* sum of the alternatives before '|' */
	size_t	 sum;		/* the current alternative so far */
	size_t	 last;		/* its last element, which a repetition repeats */
};

static size_t
add(size_t a, size_t b)
{
	return a + b > TOO_MUCH ? TOO_MUCH : a + b;
}

static size_t
mul(size_t a, size_t b)
{
	return b != 0 && a > TOO_MUCH / b ? TOO_MUCH : a * b;
}

/* The last element of g repeated k times in all. */
static void
repeat(struct group *g, size_t k)
{
	size_t	 grown = mul(g->last, k);

	g->sum = add(g->sum - g->last, grown);
	g->last = grown;
}

/* Append an element costing c to g. */
static void
element(struct group *g, size_t c)
{
	g->sum = add(g->sum, c);
	g->last = c;
}

/* Past the bracket expression that starts at p ('['), or at its end. */
static const char *
skip_bracket(const char *p)
{
	char	 close;

	p++;
	if (*p == '^')
		p++;
	if (*p == ']')		/* a ']' first is a member, not the end */
		p++;
	for (; *p != '\0' && *p != ']'; p++) {
		if (*p != '[' || (p[1] != ':' && p[1] != '=' && p[1] != '.'))
			continue;
		close = p[1];
		for (p += 2; *p != '\0' && !(p[0] == close && p[1] == ']');
		    p++)
			;
		if (*p == '\0')
			return p;
		p++;
	}
	return *p == ']' ? p + 1 : p;
}

/*
 * A bound "{n}", "{n,}" or "{n,m}" at p: the times it repeats, and the
 * end in *end; 0 if it is not one (glibc then takes '{' literally).
 */
static size_t
bound(const char *p, const char **end)
{
	size_t	 n = 0, m = 0;
	int	 digits = 0, comma = 0;

	for (p++; *p != '}'; p++) {
		if (*p >= '0' && *p <= '9') {
			size_t *v = comma ? &m : &n;
			*v = add(mul(*v, 10), (size_t)(*p - '0'));
			digits++;
		} else if (*p == ',' && !comma)
			comma = 1;
		else
			return 0;
	}
	if (digits == 0)
		return 0;
	*end = p + 1;
	if (comma && m == 0)	/* {n,}: n copies, then a loop */
		return n + 1;
	return n > m ? (n > 0 ? n : 1) : m;
}

size_t
rx_cost(const char *p)
{
	struct group	 stack[MAX_DEPTH + 1] = { { 0, 0, 0 } }, *g = stack;
	const char	*end;
	size_t		 k, c;

	while (*p != '\0') {
		switch (*p) {
		case '\\':
			element(g, 1);
			p += p[1] != '\0' ? 2 : 1;
			continue;
		case '[':
			element(g, 1);
			p = skip_bracket(p);
			continue;
		case '(':
			if (g == stack + MAX_DEPTH)
				return TOO_MUCH;
			g++;
			g->alts = g->sum = g->last = 0;
			break;
		case ')':
			if (g == stack) {	/* unmatched: a literal */
				element(g, 1);
				break;
			}
			c = add(g->alts, g->sum);
			g--;
			element(g, c > 0 ? c : 1);
			break;
		case '|':
			g->alts = add(g->alts, g->sum);
			g->sum = g->last = 0;
			break;
		case '+':
			repeat(g, 2);	/* glibc writes a+ as aa* */
			break;
		case '*':
		case '?':
			break;		/* a loop or a branch: no copy */
		case '{':
			if ((k = bound(p, &end)) == 0) {
				element(g, 1);
				break;
			}
			repeat(g, k);
			p = end;
			continue;
		default:
			element(g, 1);
			break;
		}
		p++;
	}
	/* Unclosed groups: regcomp() will refuse them; count them closed. */
	for (; g > stack; g--)
		element(g - 1, add(g->alts, g->sum));
	return add(g->alts, g->sum);
}

int
rx_has_backref(const char *p)
{
	while (*p != '\0') {
		if (*p == '[')
			p = skip_bracket(p);
		else if (*p == '\\' && p[1] >= '1' && p[1] <= '9')
			return 1;
		else
			p += *p == '\\' && p[1] != '\0' ? 2 : 1;
	}
	return 0;
}

int
rx_compile(regex_t *re, const char *pattern)
{
	if (rx_has_backref(pattern))
		return RX_BACKREF;
	if (rx_cost(pattern) > RX_MAX_COST)
		return RX_TOO_COSTLY;
	/* Not REG_NOSUB: the match positions are wanted for highlighting. */
	return regcomp(re, pattern, REG_EXTENDED | REG_ICASE);
}

void
rx_error(int err, const regex_t *re, char *buf, size_t size)
{
	if (err == RX_TOO_COSTLY)
		snprintf(buf, size, "its repetitions would copy its parts "
		    "more than %d times", RX_MAX_COST);
	else if (err == RX_BACKREF)
		snprintf(buf, size, "back-references such as \\1 are not "
		    "part of extended regular expressions");
	else
		regerror(err, re, buf, size);
}

int
rx_exec(const regex_t *re, const char *s, regmatch_t *m, int flags)
{
	int	 rc, saved = errno;
#ifndef REG_STARTEND
	regoff_t start = m->rm_so;

	s += start;		/* and the string ends at its NUL */
#else
	flags |= REG_STARTEND;
#endif
	errno = 0;
	rc = regexec(re, s, 1, m, flags);
	/* glibc's regexec() says REG_NOMATCH for every error. */
	if ((rc == REG_NOMATCH && errno == ENOMEM) ||
	    (rc != 0 && rc != REG_NOMATCH))
		rc = REG_ESPACE;
	errno = saved;
#ifndef REG_STARTEND
	if (rc == 0) {
		m->rm_so += start;
		m->rm_eo += start;
	}
#endif
	return rc;
}
