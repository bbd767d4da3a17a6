/*
 * rx.c: POSIX extended regular expressions, run by PCRE2 with limits.
 *
 * The pattern is first rewritten in PCRE2's syntax, one element at a
 * time, so that it means what POSIX says it means: a backslash before
 * an ordinary character is that character (PCRE2 would read "\d" as a
 * digit), a backslash in a bracket expression is itself, a repetition
 * of a repetition ("a+?", "a*+") repeats the whole ("(?:a+)?", where
 * PCRE2 would read a lazy or possessive quantifier), a '*' or '{' with
 * nothing before it is literal, and groups do not capture.  What POSIX
 * leaves to the implementation follows glibc, which iompubs used
 * before.
 *
 * Then every match gets a budget of steps proportional to the text it
 * looks at: PCRE2 backtracks, and without a limit "(a|aa)*b" would
 * take exponential time on a run of a's.  With the budget, matching a
 * catalogue costs at most a constant times its size.
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "rx.h"

/* The JIT's stack grows on demand up to this. */
#define JIT_STACK_START	(32 * 1024)
#define JIT_STACK_MAX	(32 * 1024 * 1024)
/* The interpreter's backtracking memory, in KiB, when there is no JIT. */
#define HEAP_LIMIT_KIB	(32 * 1024)

/*
 * A callout: one step of the budget.  There is one at the end of each
 * alternative and after each repeated element, so that every way of
 * backtracking passes one, and between two of them PCRE2 does no more
 * than try the pattern's plain characters and alternatives once.  None
 * at the start, where it would cost PCRE2 its search for the first
 * character: a starting point that fails before a step costs at most
 * the pattern's length.
 */
#define STEP	"(?C)"

struct rx {
	pcre2_code		*code;
	pcre2_match_data	*md;		/* one pair: the whole match */
	pcre2_match_context	*mc;
	pcre2_jit_stack		*stack;	/* NULL: interpreted */
	uint32_t		 options; /* PCRE2_NO_JIT: interpreted */
};

/*
 * The PCRE2 text being written: the pattern, and where the element
 * that a repetition would repeat starts (atom), if there is one.
 */
struct xlat {
	char	*out;
	size_t	 len;
	size_t	 atom;		/* offset of the last element */
	bool	 has_atom;	/* none at the start, after '(' or '|' */
	bool	 single;	/* it matches one character */
	size_t	 depth;		/* open groups */
	size_t	*open;		/* where each open group starts */
	char	*msg;
	size_t	 msgsize;
};

static void
emit(struct xlat *x, const char *s, size_t n)
{
	memcpy(x->out + x->len, s, n);
	x->len += n;
}

static void
emits(struct xlat *x, const char *s)
{
	emit(x, s, strlen(s));
}

/* Start a new element here. */
static void
atom(struct xlat *x, bool single)
{
	x->atom = x->len;
	x->has_atom = true;
	x->single = single;
}

/*
 * A character as itself (a whole UTF-8 sequence at s, n bytes): ASCII
 * punctuation escaped, which in PCRE2 is always literal, in a bracket
 * expression too; letters and digits not, which would be "\d" or "\e".
 */
static void
plain(struct xlat *x, const char *s, size_t n)
{
	unsigned char	 c = (unsigned char)*s;

	if (n == 1 && c < 0x80 && !((c >= '0' && c <= '9') ||
	    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
		emit(x, "\\", 1);
	emit(x, s, n);
}

/* A literal character, as an element. */
static void
literal(struct xlat *x, const char *s, size_t n)
{
	atom(x, true);
	plain(x, s, n);
}

/* The length of the UTF-8 sequence at s, or 1 for a stray byte. */
static size_t
seqlen(const char *s)
{
	unsigned char	 c = (unsigned char)*s;
	size_t		 n, i;

	n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
	for (i = 1; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			return 1;	/* PCRE2 will refuse the pattern */
	return n;
}

/* Keep why as the error; 0, for the functions that return a length. */
static size_t
bad(struct xlat *x, const char *why)
{
	snprintf(x->msg, x->msgsize, "%s", why);
	return 0;
}

/*
 * A repetition ("*", "+", "?" or "{n,m}", n bytes at q) of the atom,
 * with a step after it, so that each time PCRE2 backtracks into it
 * takes a step of the budget.  A repetition of anything but a single
 * character is grouped with the step inside, so that each time round
 * the loop takes one too; a single character's loop runs at most the
 * whole text forward, and is paid for by the steps taken backing out
 * of it, or at most RX_MAX_REPEAT times.  The group also keeps PCRE2
 * from reading a repetition of a repetition as a lazy or possessive
 * one.
 */
static void
repeat(struct xlat *x, const char *q, size_t n)
{
	if (x->single) {
		emit(x, q, n);
		emits(x, STEP);
		x->single = false;
		return;
	}
	memmove(x->out + x->atom + 3, x->out + x->atom, x->len - x->atom);
	memcpy(x->out + x->atom, "(?:", 3);
	x->len += 3;
	emits(x, STEP ")");
	emit(x, q, n);
	emits(x, STEP);
	x->single = false;
}

/*
 * A bound at p ('{'): "{n}", "{n,}", "{,m}" or "{n,m}", written into
 * q for PCRE2 ("{,m}" is "{0,m}"); its length in the pattern, 0 if it
 * is not one (then the '{' is literal, as glibc takes it), or SIZE_MAX
 * if a number is over RX_MAX_REPEAT.
 */
static size_t
bound(const char *p, char *q, size_t qsize)
{
	size_t	 i = 1, lo, hi = 0;

	lo = strspn(p + i, "0123456789");
	i += lo;
	if (p[i] == ',') {
		hi = strspn(p + i + 1, "0123456789");
		i += 1 + hi;
	}
	if (p[i] != '}' || lo + hi == 0)
		return 0;
	if ((lo > 0 && strtoul(p + 1, NULL, 10) > RX_MAX_REPEAT) ||
	    (hi > 0 && strtoul(p + 1 + lo + 1, NULL, 10) > RX_MAX_REPEAT))
		return SIZE_MAX;
	snprintf(q, qsize, "{%s%.*s}", lo == 0 ? "0" : "", (int)(i - 1),
	    p + 1);
	return i + 1;
}

/*
 * A bracket expression at p ('['): copied with its backslashes made
 * literal and its single-character collating elements ("[.-.]",
 * "[=e=]") made plain; returns its length, 0 on error.
 */
static size_t
bracket(struct xlat *x, const char *p)
{
	const char	*s = p + 1, *e;
	size_t		 n;

	atom(x, true);
	emit(x, "[", 1);
	if (*s == '^')
		emit(x, s++, 1);
	if (*s == ']') {
		emit(x, "\\]", 2);
		s++;
	}
	while (*s != ']') {
		if (*s == '\0')
			return bad(x, "a bracket expression '[' is not closed");
		if (*s == '[' && (s[1] == '.' || s[1] == '=' || s[1] == ':')) {
			for (e = s + 2; *e != '\0' && !(e[0] == s[1] &&
			    e[1] == ']'); e++)
				;
			if (*e == '\0')
				return bad(x, "a class such as [:alpha:] in a "
				    "bracket expression is not closed");
			if (s[1] == ':') {	/* [:alpha:]: PCRE2 knows it */
				emit(x, s, (size_t)(e + 2 - s));
			} else {
				n = seqlen(s + 2);
				if (e != s + 2 + n)
					return bad(x, "collating elements of "
					    "more than one character, such as "
					    "[[.ch.]], are not supported");
				plain(x, s + 2, n);
			}
			s = e + 2;
			continue;
		}
		if (*s == '\\' || *s == '[')
			emit(x, "\\", 1);
		n = seqlen(s);
		emit(x, s, n);
		s += n;
	}
	emit(x, "]", 1);
	return (size_t)(s + 1 - p);
}

/* A backslash and what follows it, at p; its length, 0 on error. */
static size_t
escape(struct xlat *x, const char *p)
{
	static const struct {
		char		 c;
		const char	*pcre;
		bool		 single;	/* not an assertion */
	} gnu[] = {
		{ 'w', "\\w", true },
		{ 'W', "\\W", true },
		{ 's', "\\s", true },
		{ 'S', "\\S", true },
		{ 'b', "\\b", false },
		{ 'B', "\\B", false },
		{ '<', "\\b(?=\\w)", false },
		{ '>', "\\b(?<=\\w)", false },
		{ '`', "\\A", false },
		{ '\'', "\\z", false },
	};
	size_t	 i;

	if (p[1] == '\0')
		return bad(x, "it ends with a backslash; write \\\\ for a "
		    "backslash");
	if (p[1] >= '1' && p[1] <= '9')
		return bad(x, "back-references such as \\1 are not part of "
		    "extended regular expressions");
	for (i = 0; i < sizeof(gnu) / sizeof(gnu[0]); i++) {
		if (p[1] == gnu[i].c) {
			atom(x, gnu[i].single);
			emits(x, gnu[i].pcre);
			return 2;
		}
	}
	literal(x, p + 1, seqlen(p + 1));
	return 1 + seqlen(p + 1);
}

/* One element of the pattern at p; its length in bytes, 0 on error. */
static size_t
element(struct xlat *x, const char *p)
{
	char	 q[32];
	size_t	 n;

	switch (*p) {
	case '\\':
		return escape(x, p);
	case '[':
		return bracket(x, p);
	case '(':
		x->open[x->depth++] = x->len;
		emits(x, "(?:");
		x->has_atom = false;
		return 1;
	case ')':
		if (x->depth == 0) {	/* unmatched: literal, as in glibc */
			literal(x, p, 1);
			return 1;
		}
		emits(x, STEP ")");
		x->atom = x->open[--x->depth];
		x->has_atom = true;
		x->single = false;
		return 1;
	case '|':
		emits(x, STEP "|");
		x->has_atom = false;
		return 1;
	case '^':
	case '$':
		atom(x, false);
		emit(x, p, 1);
		return 1;
	case '.':
		atom(x, true);
		emit(x, p, 1);
		return 1;
	case '*':
	case '+':
	case '?':
		if (!x->has_atom)
			literal(x, p, 1);
		else
			repeat(x, p, 1);
		return 1;
	case '{':
		if (!x->has_atom || (n = bound(p, q, sizeof(q))) == 0) {
			literal(x, p, 1);
			return 1;
		}
		if (n == SIZE_MAX)
			return bad(x, "a bound such as {n,m} is over the limit "
			    "of " RX_MAX_REPEAT_S);
		repeat(x, q, strlen(q));
		return n;
	default:
		n = seqlen(p);
		literal(x, p, n);
		return n;
	}
}

/*
 * pattern in PCRE2's syntax, in a new string; NULL on error, with the
 * reason in msg (out of memory: an empty msg).
 */
static char *
translate(const char *pattern, char *msg, size_t msgsize)
{
	struct xlat	 x;
	size_t		 plen = strlen(pattern), n;

	memset(&x, 0, sizeof(x));
	x.msg = msg;
	x.msgsize = msgsize;
	msg[0] = '\0';
	/* At most 9 bytes for "\<", 12 for a repetition, 5 for ")". */
	x.out = malloc(16 * plen + sizeof(STEP));
	x.open = malloc((plen + 1) * sizeof(*x.open));
	if (x.out == NULL || x.open == NULL)
		goto fail;
	while (*pattern != '\0') {
		if ((n = element(&x, pattern)) == 0)
			goto fail;
		pattern += n;
	}
	if (x.depth > 0) {
		(void)bad(&x, "a parenthesis '(' is not closed");
		goto fail;
	}
	x.out[x.len] = '\0';
	free(x.open);
	return x.out;
fail:
	free(x.out);
	free(x.open);
	return NULL;
}

void
rx_free(struct rx *re)
{
	if (re == NULL)
		return;
	pcre2_jit_stack_free(re->stack);
	pcre2_match_context_free(re->mc);
	pcre2_match_data_free(re->md);
	pcre2_code_free(re->code);
	free(re);
}

/* Compile to machine code if we can; the interpreter is the fallback. */
static void
jit(struct rx *re)
{
	re->options = PCRE2_NO_JIT;
	if (getenv("IOMPUBS_NO_JIT") != NULL ||
	    pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) != 0)
		return;
	re->stack = pcre2_jit_stack_create(JIT_STACK_START, JIT_STACK_MAX,
	    NULL);
	if (re->stack == NULL)
		return;
	pcre2_jit_stack_assign(re->mc, NULL, re->stack);
	re->options = 0;
}

enum rx_status
rx_compile(struct rx **out, const char *pattern, char *msg, size_t msgsize)
{
	struct rx	*re;
	char		*pcre;
	int		 err;
	PCRE2_SIZE	 off;
	PCRE2_UCHAR	 why[120];

	*out = NULL;
	if (strlen(pattern) > RX_MAX_LEN) {
		snprintf(msg, msgsize, "it is longer than the limit of %d "
		    "bytes", RX_MAX_LEN);
		return RX_BAD;
	}
	if ((pcre = translate(pattern, msg, msgsize)) == NULL)
		return msg[0] != '\0' ? RX_BAD : RX_NOMEM;
	if ((re = calloc(1, sizeof(*re))) == NULL) {
		free(pcre);
		return RX_NOMEM;
	}
	/*
	 * Not PCRE2_AUTO_POSSESS: a possessive repetition would scan its
	 * text again from each starting point without taking a step.
	 */
	re->code = pcre2_compile((PCRE2_SPTR)pcre, PCRE2_ZERO_TERMINATED,
	    PCRE2_CASELESS | PCRE2_DOTALL | PCRE2_DOLLAR_ENDONLY | PCRE2_UTF |
	    PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_NO_AUTO_POSSESS, &err,
	    &off, NULL);
	free(pcre);
	if (re->code == NULL) {
		rx_free(re);
		if (err == PCRE2_ERROR_NOMEMORY || err == PCRE2_ERROR_HEAP_FAILED)
			return RX_NOMEM;
		pcre2_get_error_message(err, why, sizeof(why));
		if (err == PCRE2_ERROR_PATTERN_TOO_LARGE)
			snprintf(msg, msgsize, "it is too large once its "
			    "repetitions are written out");
		else
			snprintf(msg, msgsize, "%s", (const char *)why);
		return RX_BAD;
	}
	re->md = pcre2_match_data_create(1, NULL);
	re->mc = pcre2_match_context_create(NULL);
	if (re->md == NULL || re->mc == NULL) {
		rx_free(re);
		return RX_NOMEM;
	}
	pcre2_set_heap_limit(re->mc, HEAP_LIMIT_KIB);
	jit(re);
	*out = re;
	return RX_OK;
}

/* Each callout takes a step; none left ends the match. */
static int
step(pcre2_callout_block *cb, void *arg)
{
	size_t	*left = arg;

	(void)cb;
	if (*left == 0)
		return PCRE2_ERROR_CALLOUT;
	(*left)--;
	return 0;
}

enum rx_status
rx_exec(const struct rx *re, const char *s, size_t len, size_t start,
    struct rx_span *m)
{
	PCRE2_SIZE	*ov;
	size_t		 left;
	int		 rc;

	left = RX_STEPS_BASE + RX_STEPS_PER_BYTE * (len - start);
	pcre2_set_callout(re->mc, step, &left);
	/* PCRE2's own limits, per starting point, as a second guard. */
	pcre2_set_match_limit(re->mc, left > UINT32_MAX ? UINT32_MAX :
	    (uint32_t)left);
	rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, start, re->options,
	    re->md, re->mc);
	pcre2_set_callout(re->mc, NULL, NULL);
	if (rc >= 0) {
		ov = pcre2_get_ovector_pointer(re->md);
		m->start = ov[0];
		m->end = ov[1];
		return RX_OK;
	}
	switch (rc) {
	case PCRE2_ERROR_NOMATCH:
		return RX_NOMATCH;
	case PCRE2_ERROR_NOMEMORY:
	case PCRE2_ERROR_HEAPLIMIT:
		return RX_NOMEM;
	default:	/* our steps, or the match, depth or JIT stack limit */
		return RX_LIMIT;
	}
}

bool
rx_jit(void)
{
	uint32_t	 yes = 0;

	return pcre2_config(PCRE2_CONFIG_JIT, &yes) >= 0 && yes != 0;
}
