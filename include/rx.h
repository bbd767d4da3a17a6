/*
 * rx.h: POSIX extended regular expressions whose cost is bounded.
 *
 * A pattern is written in POSIX extended syntax (with GNU's \w \W \s
 * \S \b \B \< \> \` \'), case ignored, and run by PCRE2, compiled to
 * machine code where PCRE2 can (JIT).  glibc's regexec() takes time
 * that grows with the square of the text on patterns as plain as
 * "a.*b", and its regcomp() can take gigabytes; PCRE2 builds a compact
 * program, and each match is given a budget of steps that grows with
 * the length of the text, so no pattern can take more than a fixed
 * multiple of the text's length: past it, rx_exec() says RX_LIMIT.
 *
 * rx_compile() translates the POSIX pattern into PCRE2's syntax, so
 * that what POSIX means is what runs ('\d' is a 'd', "a+?" is "(a+)?",
 * "(?" is a group that starts with a literal '?'); iompubs(1) lists
 * what still differs (leftmost-first matches, collating elements).
 */
#ifndef IOMPUBS_RX_H
#define IOMPUBS_RX_H

#include <stdbool.h>
#include <stddef.h>

struct rx;

/* The longest pattern accepted, in bytes, and the largest bound {n,m}. */
#define RX_MAX_LEN	4096
#define RX_MAX_REPEAT	1000
#define RX_MAX_REPEAT_S	"1000"

/*
 * The steps a match may take: RX_STEPS_BASE, and RX_STEPS_PER_BYTE for
 * each byte of the text.  A step is one starting point, one alternative
 * tried or one time round a repetition; each costs at most the length
 * of the pattern in work, so matching a text costs at most a constant
 * times its length.
 */
#define RX_STEPS_BASE		10000
#define RX_STEPS_PER_BYTE	200

/* The results of rx_compile() and rx_exec(). */
enum rx_status {
	RX_OK = 0,		/* compiled; matched */
	RX_NOMATCH,
	RX_BAD,			/* not a valid pattern: see the message */
	RX_NOMEM,
	RX_LIMIT		/* the match took more than its steps */
};

/* Where a match is, in bytes from the start of the text. */
struct rx_span {
	size_t	 start;
	size_t	 end;
};

/*
 * Compile pattern into *re.  On RX_BAD, msg holds what is wrong ("back-
 * references such as \1 are not part of extended regular expressions",
 * "missing closing parenthesis at character 3").
 */
enum rx_status	 rx_compile(struct rx **re, const char *pattern, char *msg,
		    size_t msgsize);
void		 rx_free(struct rx *);

/*
 * Look for a match in s[0..len) starting at byte start (a character
 * boundary; '^' and \b see the text before it).  RX_OK with the match
 * in *m, RX_NOMATCH, RX_NOMEM or RX_LIMIT.
 */
enum rx_status	 rx_exec(const struct rx *, const char *s, size_t len,
		    size_t start, struct rx_span *m);

/* Does the running system compile patterns to machine code? */
bool		 rx_jit(void);

#endif
