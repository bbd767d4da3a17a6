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
	STYLE_MATCH,		/* matched text */
	STYLE_ITALIC		/* a title in a reference */
};

/*
 * Where a search matched in a field's text, for highlighting: stores at
 * most max marks and returns how many, or SIZE_MAX when out of memory
 * (out_marks() then sets oom: a record shown without its highlights
 * would be a half result).
 */
#define OUT_MAX_MARKS	64
typedef size_t	 marker_fn(void *arg, int field, struct str s,
		    struct mark *v, size_t max);

struct out {
	FILE		*fp;
	bool		 tty;		/* a person reads this */
	bool		 color;		/* emit SGR colour sequences */
	size_t		 width;		/* columns to fit; 0: no limit */
	bool		 oom;		/* a format ran out of memory */
	marker_fn	*marker;	/* highlights matches, if set */
	void		*marker_arg;
	enum style	 style;		/* the style in effect */
};

void	 out_init(struct out *, FILE *, bool tty, bool color, size_t width);

/* Bytes as they are (markup, separators, already-safe text). */
void	 out_raw(struct out *, const char *, size_t);
void	 out_str(struct out *, const char *);
void	 out_char(struct out *, int);
void	 out_spaces(struct out *, size_t);
void	 out_number(struct out *, long);

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
 * spaces.  A word wider than the line is cut; no line is ever wider than
 * the output.  Ends with a newline.
 */
void	 out_wrap(struct out *, struct str s, size_t at, size_t indent);

/* The same, with the text inside marks highlighted (marks may be NULL). */
void	 out_text_marked(struct out *, struct str, const struct marks *);
size_t	 out_fit_marked(struct out *, struct str, size_t cols,
	    const struct marks *);
void	 out_wrap_marked(struct out *, struct str, size_t at, size_t indent,
	    const struct marks *);

/*
 * The matches to highlight in field's text s, into buf (OUT_MAX_MARKS);
 * NULL when there is nothing to highlight or no colour.
 */
const struct marks *out_marks(struct out *, int field, struct str s,
	    struct mark *buf, struct marks *mk);

/* Has a write failed?  Formats check between records to stop early. */
bool	 out_failed(const struct out *);

#endif
