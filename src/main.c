/*
 * main.c: iompubs, a command-line browser for IOM's catalogue of
 * publications on human trafficking.
 */
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>

#include "cli.h"

int
main(int argc, char *argv[])
{
	/*
	 * The catalogue is UTF-8 whatever the user's locale, and regular
	 * expressions must see it as such: fall back to a UTF-8 locale for
	 * character classification when the environment has none.
	 */
	if (setlocale(LC_CTYPE, "") == NULL ||
	    strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");

	/* A reader that goes away is handled as a write error (EPIPE). */
	signal(SIGPIPE, SIG_IGN);

	return cli_main(argc, argv);
}
