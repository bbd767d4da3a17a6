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

/*
 * Can the command's program be found (in $PATH, or at its path)?  The
 * program is the word sh would run: after assignments such as LESS=R,
 * "exec" or "command", with quotes and backslashes removed.  When only
 * the shell can tell (an expansion), yes.
 */
bool		 pager_found(const char *cmd);

/*
 * Run cmd (with sh -c) and write len bytes of text to it, then wait for
 * it to end.  Returns 0; an errno value if the text could not be
 * written for a reason other than the pager quitting early; or, if the
 * pager failed, a negative value: minus its exit status, or -256 minus
 * the signal that killed it.  pager_error() says which in words.
 */
int		 pager_show(const char *cmd, const char *text, size_t len);
void		 pager_error(int err, char *buf, size_t size);

#endif
