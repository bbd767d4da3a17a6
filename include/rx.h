/*
 * rx.h: POSIX extended regular expressions, with guards.
 *
 * glibc's regcomp() copies a pattern's parts for each repetition, and
 * nested repetitions multiply: "a" followed by 22 "+" signs takes 3 GB
 * and 10 seconds to compile, "a{1,32767}" more than 7 GB.  rx_compile()
 * estimates that size (rx_cost()) and refuses a pattern over
 * RX_MAX_COST before it can take the machine down.  It also refuses
 * two kinds of pattern on which glibc takes exponential time: a
 * repetition of something that can match the empty string ("^x*+++++"
 * takes 12 seconds to compile, and such a repetition never adds
 * anything: (x*)+ is x*), and back-references ("\1"), which POSIX does
 * not define in extended expressions ("(.+)+\1z" matches for minutes).
 * rx_exec() tells "out of memory" from "no match", which glibc's
 * regexec() reports alike.
 */
#ifndef IOMPUBS_RX_H
#define IOMPUBS_RX_H

#include <sys/types.h>

#include <regex.h>
#include <stddef.h>

/*
 * The largest estimated size accepted: (a{1,30}){1,30} or 9 nested "+",
 * far beyond what a search needs; the worst patterns within it take
 * glibc a quarter of a second and 250 MB.
 */
#define RX_MAX_COST	1000

/* rx_check() and rx_compile() refused the pattern; re is not set. */
#define RX_TOO_COSTLY	(-1)
#define RX_BACKREF	(-2)
#define RX_EMPTY_REPEAT	(-3)

/*
 * Compile pattern, extended syntax, case ignored, with match positions:
 * 0, an error of rx_check(), or regcomp()'s (REG_ESPACE: out of
 * memory).
 */
int	 rx_compile(regex_t *re, const char *pattern);

/* The message for an error of rx_compile(), as regerror() writes it. */
void	 rx_error(int err, const regex_t *re, char *buf, size_t size);

/*
 * Match s from m->rm_so to m->rm_eo (REG_STARTEND, where the system
 * has it); the match is left in *m.  0, REG_NOMATCH or REG_ESPACE.
 */
int	 rx_exec(const regex_t *re, const char *s, regmatch_t *m, int flags);

/*
 * The number of pattern elements glibc's automaton will hold, roughly:
 * each character, bracket expression or anchor counts one, a group the
 * sum of its alternatives, and a repetition multiplies what it repeats
 * ('+' by 2, {n,m} by the larger bound).  Saturates at RX_MAX_COST + 1.
 */
size_t	 rx_cost(const char *pattern);

/*
 * 0 if pattern is fit to compile, else RX_TOO_COSTLY, RX_BACKREF or
 * RX_EMPTY_REPEAT, whichever is found first.
 */
int	 rx_check(const char *pattern);

#endif
