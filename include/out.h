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
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
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
 * most max marks and returns how many.  Out of memory, it sets *oom, the
 * out's sticky flag (a record shown without its highlights would be a
 * half result).
 */
#define OUT_MAX_MARKS	64
#define OUT_MAX_MARKERS	4
typedef size_t	 marker_fn(void *arg, int field, struct str s,
		    struct mark *v, size_t max, bool *oom);

struct marker {
	marker_fn	*fn;
	void		*arg;
};

struct out {
	FILE		*fp;
	bool		 tty;		/* a person reads this */
	bool		 color;		/* emit SGR colour sequences */
	size_t		 width;		/* columns to fit; 0: no limit */
	bool		 oom;		/* a format ran out of memory */
	struct marker	 marker[OUT_MAX_MARKERS]; /* highlight what they find */
	size_t		 nmarkers;
	enum style	 style;		/* the style in effect */
};

void	 out_init(struct out *, FILE *, bool tty, bool color, size_t width);

/* Bytes as they are (markup, separators, already-safe text). */
void	 out_raw(struct out *, const char *, size_t);
void	 out_str(struct out *, const char *);
void	 out_char(struct out *, int);
void	 out_spaces(struct out *, size_t);
void	 out_number(struct out *, long);

/* Formatted bytes, like out_raw(): numbers, markup around values. */
void	 out_printf(struct out *, const char *, ...) DIAG_PRINTF(2, 3);

/* Text from the catalogue: unsafe characters become visible escapes. */
void	 out_text(struct out *, struct str);

/* One character as out_text() shows it: \t, \x1b, \u202e. */
void	 out_visible(struct out *, uint32_t cp);

/*
 * How a format escapes text: which characters, and how they are written.
 * Printable ASCII is written as it is unless ascii[] marks it; any
 * other character is escaped when unsafe() says so (NULL: those that
 * text_is_unsafe() names), by write() (NULL: out_visible()).
 */
struct escape {
	unsigned char	 ascii[128];	/* 1: this ASCII character is escaped */
	bool		(*unsafe)(uint32_t cp);
	void		(*write)(struct out *, uint32_t cp);
};

/* s written with the escapes of e: the one escaping loop. */
void	 out_escaped(struct out *, struct str s, const struct escape *e);

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
 * spaces.  Handles (ids, ISBNs, URLs, e-mail addresses: words with a
 * digit, an '@', "://" or two hyphens) are never broken, and one wider
 * than a line is written whole, for the terminal to fold; any other word
 * wider than the line is cut.  Ends with a newline.
 */
void	 out_wrap(struct out *, struct str s, size_t at, size_t indent);

/* The same, with the text inside marks highlighted (marks may be NULL). */
void	 out_text_marked(struct out *, struct str, const struct marks *);
size_t	 out_fit_marked(struct out *, struct str, size_t cols,
	    const struct marks *);
void	 out_wrap_marked(struct out *, struct str, size_t at, size_t indent,
	    const struct marks *);

/*
 * Highlight what fn finds (a filter's text conditions, a search's words)
 * as well as what the highlighters added before.
 */
void	 out_add_marker(struct out *, marker_fn *fn, void *arg);

/*
 * The matches to highlight in field's text s, of every highlighter,
 * sorted and merged, into buf (OUT_MAX_MARKS); NULL when there is
 * nothing to highlight or no colour.
 */
const struct marks *out_marks(struct out *, int field, struct str s,
	    struct mark *buf, struct marks *mk);

/* Has a write failed?  Formats check between records to stop early. */
bool	 out_failed(const struct out *);

#endif
