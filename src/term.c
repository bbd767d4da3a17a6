/*
 * term.c: the size of the terminal on standard output.
 *
 * The environment wins, as with ls and less: a user (or a test) can say
 * how wide the screen is without resizing it.
 */
#include <sys/ioctl.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "num.h"
#include "term.h"

#define DEFAULT_WIDTH	80
#define DEFAULT_ROWS	24

static size_t
from_env(const char *name)
{
	const char	*env;
	long		 v;

	if ((env = getenv(name)) != NULL &&
	    num_parse(env, strlen(env), 1, 100000, &v) == NUM_OK)
		return (size_t)v;
	return 0;
}

size_t
term_width(void)
{
	struct winsize	 ws;
	size_t		 n;

	if ((n = from_env("COLUMNS")) > 0)
		return n;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return DEFAULT_WIDTH;
}

size_t
term_rows(void)
{
	struct winsize	 ws;
	size_t		 n;

	if ((n = from_env("LINES")) > 0)
		return n;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0)
		return ws.ws_row;
	return DEFAULT_ROWS;
}

bool
term_dumb(void)
{
	const char	*t = getenv("TERM");

	return t == NULL || *t == '\0' || strcmp(t, "dumb") == 0;
}
