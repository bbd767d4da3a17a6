/*
 * diag.h: located diagnostics, kept as data until they are printed.
 *
 * Modules never print.  They append diagnostics to a list, each with the
 * line and column it concerns; the command layer prints them once, in the
 * GNU form "iompubs: FILE:LINE:COL: message", and maps the worst level
 * to an exit status.
 */
#ifndef IOMPUBS_DIAG_H
#define IOMPUBS_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#if defined(__GNUC__) || defined(__clang__)
#define DIAG_PRINTF(f, a)	__attribute__((format(printf, f, a)))
#else
#define DIAG_PRINTF(f, a)
#endif

/* A position in a file: both 1-based; line 0 means "the whole file". */
struct pos {
	uint32_t	 line;
	uint32_t	 col;
};

enum diag_level {
	DIAG_WARNING = 1,
	DIAG_ERROR = 2
};

struct diag {
	enum diag_level	 level;
	struct pos	 at;
	char		*msg;		/* owned; already made printable */
};

struct diags {
	const char	*file;		/* name printed before positions */
	struct diag	*v;		/* diagnostics in the order found */
	size_t		 n;
	size_t		 cap;
	size_t		 nerrors;	/* how many of v[] are errors */
	size_t		 max;		/* stop keeping after this many */
	bool		 truncated;	/* some were dropped past max */
	bool		 oom;		/* an allocation failed somewhere */
};

void	 diags_init(struct diags *, const char *file);
void	 diags_free(struct diags *);

/* Forget every diagnostic (but not an allocation failure). */
void	 diags_clear(struct diags *);
void	 diags_add(struct diags *, enum diag_level, struct pos,
	    const char *fmt, ...) DIAG_PRINTF(4, 5);

/* Move src's diagnostics to the end of dst (src is left empty). */
void	 diags_merge(struct diags *dst, struct diags *src);

/* Order by position, unlocated first; stable. */
void	 diags_sort(struct diags *);

/* True once an error (not a warning) or an allocation failure is held. */
bool	 diags_failed(const struct diags *);

/*
 * Print every diagnostic as "PROG: FILE:LINE:COL: [LEVEL: ]message".
 * The level is shown when show_level is set (warnings always say so).
 */
void	 diags_print(const struct diags *, FILE *, const char *prog,
	    bool show_level);

#endif
