/*
 * term.h: the size of the terminal on standard output.
 */
#ifndef IOMPUBS_TERM_H
#define IOMPUBS_TERM_H

#include <stdbool.h>
#include <stddef.h>

/* Columns: $COLUMNS if a positive number, else the terminal's, else 80. */
size_t	 term_width(void);

/* Rows: $LINES if a positive number, else the terminal's, else 24. */
size_t	 term_rows(void);

/*
 * Is the terminal dumb ($TERM unset, empty or "dumb", as in an editor's
 * shell buffer): no colour, no pager, which would complain?
 */
bool	 term_dumb(void);

#endif
