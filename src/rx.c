/*
 * rx.c: regular expressions that cannot eat the machine.
 *
 * One pass over the pattern measures what glibc's regcomp() would
 * build, the way the pattern nests: each group keeps the size of its
 * alternatives and whether they can match the empty string, and a
 * repetition scales the element before it.  The pass only has to be
 * right about patterns that regcomp() accepts; what it gets wrong about
 * broken ones, regcomp() then refuses.
 */
#include <sys/types.h>

#include <errno.h>
#include <regex.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rx.h"

#define TOO_MUCH	(RX_MAX_COST + 1)

/* Groups nested deeper than this are refused as too costly. */
#define MAX_DEPTH	64

/* A group being measured. */
struct group {
	size_t	 alts;		/* size of the alternatives before '|' */
	bool	 alt_empty;	/* one of them can match the empty string */
	size_t	 sum;		/* size of the current alternative so far */
	bool	 head_empty;	/* its elements before the last can all */
	size_t	 last;		/* size of its last element; 0: none yet */
	bool	 last_empty;	/* the last element can */
};

/* What one pass finds; the first problem found wins. */
struct shape {
	size_t	 cost;
	int	 err;		/* 0, RX_TOO_COSTLY, RX_BACKREF, RX_EMPTY_REPEAT */
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

static void
group_start(struct group *g)
{
	memset(g, 0, sizeof(*g));
	g->head_empty = true;
}

static bool
alternative_empty(const struct group *g)
{
	return g->head_empty && (g->last == 0 || g->last_empty);
}

/* Append an element of size c to g. */
static void
element(struct group *g, size_t c, bool empty)
{
	if (c == 0)		/* "()" is still a node */
		c = 1;
	if (g->last != 0)
		g->head_empty = g->head_empty && g->last_empty;
	g->sum = add(g->sum, c);
	g->last = c;
	g->last_empty = empty;
}

/* The last element of g repeated k times in all. */
static void
repeat(struct group *g, size_t k)
{
	size_t	 grown = mul(g->last, k);

	g->sum = add(g->sum - g->last, grown);
	g->last = grown;
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
 * A bound "{n}", "{n,}", "{,m}" or "{n,m}" at p: the times it copies
 * what it repeats, its minimum in *min and its end in *end; 0 if it is
 * not one (glibc then takes '{' literally).
 */
static size_t
bound(const char *p, size_t *min, const char **end)
{
	size_t	 n = 0, m = 0, *v = &n;
	int	 digits = 0;

	for (p++; *p != '}'; p++) {
		if (*p >= '0' && *p <= '9') {
			*v = add(mul(*v, 10), (size_t)(*p - '0'));
			digits++;
		} else if (*p == ',' && v == &n)
			v = &m;
		else
			return 0;
	}
	if (digits == 0)
		return 0;
	*min = n;
	*end = p + 1;
	if (v == &n)		/* {n} */
		return n > 0 ? n : 1;
	if (m == 0)		/* {n,}: n copies, then a loop */
		return n + 1;
	return n > m ? n : m;
}

/* A repetition of g's last element: '*', '?', '+' or a bound. */
static void
repetition(struct shape *sh, struct group *g, size_t times, bool may_skip)
{
	if (g->last_empty && sh->err == 0)
		sh->err = RX_EMPTY_REPEAT;
	repeat(g, times);
	if (may_skip)
		g->last_empty = true;
}

/* Zero-width GNU escapes: word boundaries, buffer ends. */
static bool
zero_width(char c)
{
	return c != '\0' && strchr("bB<>`'", c) != NULL;
}

static void
measure(const char *p, struct shape *sh)
{
	struct group	 stack[MAX_DEPTH + 1], *g = stack;
	const char	*end;
	size_t		 k, min, c;
	bool		 empty;

	sh->err = 0;
	group_start(g);
	while (*p != '\0') {
		switch (*p) {
		case '\\':
			if (p[1] >= '1' && p[1] <= '9' && sh->err == 0)
				sh->err = RX_BACKREF;
			element(g, 1, zero_width(p[1]));
			p += p[1] != '\0' ? 2 : 1;
			continue;
		case '[':
			element(g, 1, false);
			p = skip_bracket(p);
			continue;
		case '^':
		case '$':
			element(g, 1, true);
			break;
		case '(':
			if (g == stack + MAX_DEPTH) {
				sh->cost = TOO_MUCH;
				if (sh->err == 0)
					sh->err = RX_TOO_COSTLY;
				return;
			}
			group_start(++g);
			break;
		case ')':
			if (g == stack) {	/* unmatched: a literal */
				element(g, 1, false);
				break;
			}
			c = add(g->alts, g->sum);
			empty = g->alt_empty || alternative_empty(g);
			g--;
			element(g, c, empty);
			break;
		case '|':
			g->alts = add(g->alts, g->sum);
			g->alt_empty = g->alt_empty || alternative_empty(g);
			g->sum = g->last = 0;
			g->head_empty = true;
			break;
		case '*':
		case '?':
		case '+':
			if (g->last == 0) {	/* nothing to repeat: literal */
				element(g, 1, false);
				break;
			}
			/* No copy for a loop or a branch; a+ is aa*. */
			repetition(sh, g, *p == '+' ? 2 : 1, *p != '+');
			break;
		case '{':
			if (g->last == 0 || (k = bound(p, &min, &end)) == 0) {
				element(g, 1, false);
				break;
			}
			repetition(sh, g, k, min == 0);
			p = end;
			continue;
		default:
			element(g, 1, false);
			break;
		}
		p++;
	}
	/* Unclosed groups: regcomp() will refuse them; count them closed. */
	for (; g > stack; g--)
		element(g - 1, add(g->alts, g->sum), false);
	sh->cost = add(g->alts, g->sum);
	if (sh->cost > RX_MAX_COST && sh->err == 0)
		sh->err = RX_TOO_COSTLY;
}

size_t
rx_cost(const char *pattern)
{
	struct shape	 sh;

	measure(pattern, &sh);
	return sh.cost;
}

int
rx_check(const char *pattern)
{
	struct shape	 sh;

	measure(pattern, &sh);
	return sh.err;
}

int
rx_compile(regex_t *re, const char *pattern)
{
	int	 err;

	if ((err = rx_check(pattern)) != 0)
		return err;
	/* Not REG_NOSUB: the match positions are wanted for highlighting. */
	return regcomp(re, pattern, REG_EXTENDED | REG_ICASE);
}

void
rx_error(int err, const regex_t *re, char *buf, size_t size)
{
	switch (err) {
	case RX_TOO_COSTLY:
		snprintf(buf, size, "its repetitions would copy its parts "
		    "more than %d times", RX_MAX_COST);
		break;
	case RX_BACKREF:
		snprintf(buf, size, "back-references such as \\1 are not "
		    "part of extended regular expressions");
		break;
	case RX_EMPTY_REPEAT:
		snprintf(buf, size, "it repeats something that can match "
		    "nothing, as (x*)+ does; write x* instead");
		break;
	default:
		regerror(err, re, buf, size);
		break;
	}
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
