/*
 * pager.h: showing long output a screen at a time.
 *
 * Output to a terminal that is taller than the screen goes through the
 * user's pager: $IOMPUBS_PAGER, else $PAGER, else less, with LESS=FRX
 * when LESS is unset.  A pager that cannot be found is not an error:
 * the output is written directly.
 */
#ifndef IOMPUBS_PAGER_H
#define IOMPUBS_PAGER_H

#include <stdbool.h>
#include <stddef.h>

/* The pager command line to use (never NULL or empty). */
const char	*pager_command(void);

/* Can the command's program be found (in $PATH, or at its path)? */
bool		 pager_found(const char *cmd);

/*
 * Run cmd (with sh -c) and write len bytes of text to it, then wait for
 * it to end.  Returns 0, or an errno value if the text could not be
 * written for a reason other than the pager quitting early.
 */
int		 pager_show(const char *cmd, const char *text, size_t len);

#endif
