/*
 * browse_draw.h: the browser on a terminal, with ncurses.
 *
 * The screen is drawn on the terminal the caller opened (/dev/tty), never
 * on standard output, which stays free for the ids picked.  Text goes
 * through the same writer as every other command (struct out): the same
 * widths, the same visible escapes, the same colours; this module only
 * places it and turns out's styles into curses attributes.
 */
#ifndef IOMPUBS_BROWSE_DRAW_H
#define IOMPUBS_BROWSE_DRAW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "browse.h"
#include "catalog.h"

#define BROWSE_DRAW_NOKEY	(-1)	/* no key came in time */
#define BROWSE_DRAW_RESIZE	(-2)	/* the terminal changed size */

struct browse_screen;

/*
 * Take over the terminal whose output and input are out and in (both
 * kept open by the caller), in colour or not.  On failure returns NULL
 * with the reason in err.
 */
struct browse_screen *browse_draw_open(FILE *out, FILE *in, bool color,
		    char *err, size_t errsize);

/*
 * Give the terminal back as it was; the screen may be NULL.  After
 * memory ran out, release is false: the terminal is restored but curses'
 * own memory is left to the exit, for ncurses (6.4) can crash freeing
 * a cache whose allocation failed.
 */
void		 browse_draw_close(struct browse_screen *, bool release);

/*
 * Draw b (and tell it the rows it has).  False when out of memory
 * (*oom set) or when the terminal cannot be written (errno set).
 */
bool		 browse_draw(struct browse_screen *, struct browse *b,
		    bool *oom);

/*
 * The terminal's sequences to leave the screen (rmcup, cnorm) into buf,
 * for a handler of fatal signals; returns their length (0: none).
 */
size_t		 browse_draw_leave_seq(const struct browse_screen *,
		    char *buf, size_t size);

/* Clear and draw everything again at the next browse_draw(). */
void		 browse_draw_invalidate(struct browse_screen *);

/* The next key (browse.h's numbering), waiting at most ms. */
int		 browse_draw_key(struct browse_screen *, int ms);

/* Leave the screen for a while (pager, suspend), and come back. */
void		 browse_draw_pause(struct browse_screen *);
void		 browse_draw_resume(struct browse_screen *);

/* The terminal's width, for text made for it (the pager). */
size_t		 browse_draw_width(const struct browse_screen *);

/*
 * Does the terminal say it takes the clipboard escape (OSC 52, the
 * terminfo capability Ms)?  Send text there either way.
 */
bool		 browse_draw_clipboard_known(const struct browse_screen *);
bool		 browse_draw_clipboard(struct browse_screen *,
		    const char *text, size_t len);

#endif
