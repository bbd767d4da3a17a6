/*
 * out.h: writing text for people and programs.
 *
 * Everything iompubs prints goes through a struct out, which knows
 * whether a person is watching (a terminal: fit to its width, colour
 * allowed) or a program (a pipe: complete lines, no decoration), measures
 * text in terminal columns rather than bytes, and shows characters that
 * could take over a terminal as visible escapes.
 */
#ifndef IOMPUBS_OUT_H
#define IOMPUBS_OUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "text.h"

enum style {
	STYLE_NONE,
	STYLE_TITLE,		/* bold */
	STYLE_ID,		/* dim */
	STYLE_LABEL,		/* field labels in show */
	STYLE_HEADER,		/* table header row */
	STYLE_MATCH		/* matched text */
};

struct out {
	FILE		*fp;
	bool		 tty;		/* a person reads this */
	bool		 color;		/* emit SGR colour sequences */
	size_t		 width;		/* columns to fit; 0: no limit */
	bool		 oom;		/* a format ran out of memory */
};

void	 out_init(struct out *, FILE *, bool tty, bool color, size_t width);

/* Bytes as they are (markup, separators, already-safe text). */
void	 out_raw(struct out *, const char *, size_t);
void	 out_str(struct out *, const char *);
void	 out_char(struct out *, int);
void	 out_spaces(struct out *, size_t);

/* Text from the catalogue: unsafe characters become visible escapes. */
void	 out_text(struct out *, struct str);

/* Start and end a style (no-ops without colour). */
void	 out_style(struct out *, enum style);
void	 out_unstyle(struct out *, enum style);

/* Columns that out_text() would use to show s. */
size_t	 out_width(struct str s);

/*
 * Show s in at most cols columns: cut with "…" when it does not fit.
 * Returns the columns used.
 */
size_t	 out_fit(struct out *, struct str s, size_t cols);

/*
 * Word-wrap s (one paragraph, no newlines) to the output width, the
 * first line starting at column `at`, later lines indented by `indent`
 * spaces.  Ends with a newline.
 */
void	 out_wrap(struct out *, struct str s, size_t at, size_t indent);

/* Has a write failed?  Formats check between records to stop early. */
bool	 out_failed(const struct out *);

#endif
