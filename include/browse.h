/*
 * browse.h: the state of the interactive browser, and its keys.
 *
 * Everything `iompubs browse` knows lives here: the query and its
 * ranking, the filters and sort that keys change, the list shown, the
 * selection, the scroll positions and the marks.  Keys come in as
 * numbers (characters, or the BROWSE_KEY_* below) and change the state;
 * what needs the terminal (drawing, the pager, the clipboard) is left to
 * the caller, which browse_key() tells what to do.  Nothing here draws,
 * so that unit tests can drive the browser with key sequences.
 */
#ifndef IOMPUBS_BROWSE_H
#define IOMPUBS_BROWSE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "catalog.h"
#include "filter.h"
#include "order.h"

struct search;
struct search_cache;

/*
 * Keys: a Unicode character (control characters are Ctrl-@ to Ctrl-_
 * and DEL), or one of these, past the last code point.
 */
enum {
	BROWSE_KEY_UP = 0x110000,
	BROWSE_KEY_DOWN,
	BROWSE_KEY_LEFT,
	BROWSE_KEY_RIGHT,
	BROWSE_KEY_PGUP,
	BROWSE_KEY_PGDN,
	BROWSE_KEY_HOME,
	BROWSE_KEY_END,
	BROWSE_KEY_BTAB,		/* Shift-Tab */
	BROWSE_KEY_BACKSPACE,
	BROWSE_KEY_DELETE,
	BROWSE_KEY_ENTER,
	BROWSE_KEY_SUP,			/* Shift-Up: scroll the record */
	BROWSE_KEY_SDOWN,
	BROWSE_KEY_F1
};

#define BROWSE_CTRL(c)	((c) & 0x1f)
#define BROWSE_ESC	0x1b

enum browse_mode {
	BROWSE_TYPING,		/* what is typed goes into the query */
	BROWSE_LIST,		/* letters are commands (j, k, q, ...) */
	BROWSE_PROMPT,		/* a filter is being typed on the status line */
	BROWSE_HELP		/* the help screen */
};

/* What the caller must do after a key. */
enum browse_action {
	BROWSE_DRAW,		/* draw the new state */
	BROWSE_REDRAW,		/* clear the screen and draw it all again */
	BROWSE_QUIT,		/* leave without a pick */
	BROWSE_ACCEPT,		/* leave, writing browse_picks() */
	BROWSE_PAGER,		/* show the selected record in the pager */
	BROWSE_COPY_ID,		/* copy the selected record's id */
	BROWSE_COPY_CITE,	/* copy its citation */
	BROWSE_SUSPEND		/* stop (Ctrl-Z), then draw it all again */
};

enum browse_prompt {
	BROWSE_PROMPT_YEAR,
	BROWSE_PROMPT_LANGUAGE
};

#define BROWSE_QUERY_MAX	1024	/* bytes of query */
#define BROWSE_PROMPT_MAX	128	/* bytes of a filter typed in */

struct browse {
	const struct catalog *cat;
	struct filter	*fixed;		/* the command line's other filters */
	struct filter	*keyed;		/* year, languages, availability */
	char		 year[BROWSE_PROMPT_MAX];	/* "" : any */
	char		 langs[BROWSE_PROMPT_MAX];	/* "fr, es"; "": any */
	unsigned	 avail;		/* AVAIL_* bit; 0: any */
	struct order	 order;		/* nkeys 0: rank, or catalogue */
	char		 sort[64];	/* order as the user would write it */
	size_t		 limit;		/* --limit; SIZE_MAX: none */

	struct pub	**base;		/* what the filters keep, sorted */
	size_t		 nbase;
	struct pub	**list;		/* what is shown: base, or the hits */
	size_t		 n;
	char		 query[BROWSE_QUERY_MAX];
	size_t		 qlen;
	struct search	*search;	/* the query compiled; NULL: none */
	struct search_cache *words;	/* what searches of base share */
	char		 ranked[BROWSE_QUERY_MAX]; /* its words, as ranked */
	bool		 stale;		/* query edited since it was ranked */
	bool		 oom;		/* sticky: out of memory (cli.h) */
	char		 qerr[128];	/* why the query cannot be run */
	unsigned	 generation;	/* changes whenever list does */

	size_t		 sel;		/* index in list of the selection */
	size_t		 top;		/* first row shown */
	size_t		 rows;		/* rows of the list on the screen */
	size_t		 pane_top;	/* first line of the record shown */
	size_t		 pane_rows;	/* lines of the record on the screen */
	size_t		 pane_lines;	/* lines the record takes; set by draw */
	size_t		 help_top;	/* first line of the help shown */

	bool		*marked;	/* by pub index */
	struct pub	**marks;	/* in the order marked */
	size_t		 nmarks;

	enum browse_mode mode;
	enum browse_mode prompt_from;	/* where the prompt returns to */
	enum browse_prompt prompt;
	char		 ptext[BROWSE_PROMPT_MAX];
	size_t		 plen;
	char		 msg[256];	/* a message for the status line */
};

/* One key of the help screen (and of iompubs(1)). */
struct browse_keyhelp {
	const char	*keys;		/* "j, Down, Ctrl-N"; NULL: a heading */
	const char	*what;
};

extern const struct browse_keyhelp browse_keys[];
extern const size_t browse_nkeys;

/* Where to start: the command line's choices. */
struct browse_opts {
	struct filter	*fixed;		/* kept, not owned; may be NULL */
	const char	*year;		/* --year, or NULL */
	const char	*langs;		/* --language values, ", "-joined */
	unsigned	 avail;		/* --available */
	const char	*sort;		/* --sort, or NULL */
	bool		 reverse;	/* --reverse */
	size_t		 limit;		/* --limit; SIZE_MAX: none */
	const char	*query;		/* the QUERY words, joined */
};

/*
 * Set up b over cat with the choices of opts, and rank.  Returns false
 * when out of memory, or with a message in err (errsize bytes) when a
 * choice is wrong; b must be freed either way.
 */
bool		 browse_init(struct browse *b, const struct catalog *cat,
		    const struct browse_opts *opts, char *err, size_t errsize);
void		 browse_free(struct browse *b);

/*
 * Handle one key.  An edit of the query is not ranked at once: keys typed
 * ahead (a paste, a fast typist) are taken first, and browse_update()
 * ranks once before the screen is drawn; any other key ranks first.
 * Out of memory, it sets b->oom and returns BROWSE_QUIT: the caller
 * leaves and says so.
 */
enum browse_action browse_key(struct browse *b, int key);

/* Rank the query if it was edited; false when out of memory. */
bool		 browse_update(struct browse *b);

/* The screen has room for rows of list and pane_rows of record. */
void		 browse_resize(struct browse *b, size_t rows, size_t pane_rows);

/* The selected record, or NULL when the list is empty. */
struct pub	*browse_selected(const struct browse *b);

/* The records picked: the marked ones in the order marked, or the
 * selected one; *n is 0 when there is none. */
struct pub	*const *browse_picks(const struct browse *b, size_t *n);

/* The compiled query, for highlighting (NULL when there is none). */
struct search	*browse_search(const struct browse *b);

/*
 * The status line: matches, filters, marks, and the keys to know (or
 * the message of the last key), into s.
 */
void		 browse_status(const struct browse *b, struct buf *s);

/* Set the message of the status line, until the next key. */
void		 browse_message(struct browse *b, const char *fmt, ...)
		    DIAG_PRINTF(2, 3);

/* What the query line starts with in the current mode ("Search: "). */
const char	*browse_query_label(const struct browse *b);

#endif
