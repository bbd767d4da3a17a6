/*
 * cli.h: the command layer.
 *
 * This is the only layer that prints diagnostics and chooses exit
 * statuses.  main() hands the arguments to cli_main(), which reads the
 * global options, finds the command in a table and runs its handler.
 * Handlers parse their own options, load the catalogue, run the
 * load -> select -> sort -> format pipeline and return an exit status.
 */
#ifndef IOMPUBS_CLI_H
#define IOMPUBS_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "format.h"
#include "out.h"

#define PROGNAME	"iompubs"
#define VERSION		"0.1.0"

/* Exit statuses, everywhere; see iompubs(1), EXIT STATUS. */
enum {
	EXIT_FOUND = 0,		/* something was listed or shown */
	EXIT_NOTHING = 1,	/* nothing matched */
	EXIT_TROUBLE = 2	/* usage, catalogue, memory or write error */
};

enum color_when {
	COLOR_AUTO,
	COLOR_ALWAYS,
	COLOR_NEVER
};

struct catalog;
struct cli;
struct input;

struct command {
	const char	*name;
	int		(*run)(struct cli *, int argc, char **argv);
	const char	*usage;		/* after "iompubs ", as in SYNOPSIS */
	const char	*summary;	/* one line for the command list */
	const char	*help;		/* the rest of COMMAND --help */
};

struct cli {
	const struct command *cmd;	/* running command, NULL before */
	const char	*catalog;	/* --catalog, or NULL */
	enum color_when	 color;
	bool		 pager;		/* --no-pager clears it */
	long		 width;		/* --width; -1: the screen's */
	bool		 tty;		/* standard output is a terminal */
	struct out	 out;		/* standard output */
	unsigned	 load_skip;	/* fields the command never uses */
};

/* Options every command accepts, for their getopt_long tables. */
enum {
	OPT_CATALOG = 0x100,
	OPT_COLOR,
	OPT_NO_PAGER,
	OPT_WIDTH,
	OPT_NO_COLOR,
	OPT_HELP = 'h',
	OPT__COMMAND_BASE = 0x200	/* commands number theirs from here */
};

#define CLI_COMMON_OPTIONS \
	{ "catalog", required_argument, NULL, OPT_CATALOG }, \
	{ "color", optional_argument, NULL, OPT_COLOR }, \
	{ "colour", optional_argument, NULL, OPT_COLOR }, \
	{ "no-color", no_argument, NULL, OPT_NO_COLOR }, \
	{ "no-colour", no_argument, NULL, OPT_NO_COLOR }, \
	{ "no-pager", no_argument, NULL, OPT_NO_PAGER }, \
	{ "width", required_argument, NULL, OPT_WIDTH }, \
	{ "help", no_argument, NULL, OPT_HELP }

int		 cli_main(int argc, char **argv);

/*
 * Option parsing for handlers: the next option, with the common ones
 * handled.  Returns the option, -1 at the end of options, or 'h' for
 * help; on a usage error prints it (with "did you mean") and returns '?'.
 */
int		 cli_getopt(struct cli *, int argc, char **argv,
		    const char *shortopts, const struct option *longopts);

/* Report a usage error for the running command; returns EXIT_TROUBLE. */
int		 cli_usage_error(struct cli *, const char *fmt, ...)
		    DIAG_PRINTF(2, 3);

/* Print an error message ("iompubs: ..."); returns EXIT_TROUBLE. */
int		 cli_error(const char *fmt, ...) DIAG_PRINTF(1, 2);

/*
 * What the user typed, for a message: control and bidirectional
 * characters made visible, cut to about 60 characters.
 */
#define CLI_QUOTE_MAX	256
const char	*cli_quote(char buf[CLI_QUOTE_MAX], const char *s);

/* Print the running command's --help to standard output; returns 0. */
int		 cli_command_help(struct cli *);

/*
 * Open the catalogue to read: operand (check's FILE, "-" for standard
 * input) if not NULL, else --catalog, else $IOMPUBS_CATALOG, else the
 * built-in one.  Initialises d with the name its messages carry; NULL
 * when it cannot be opened, the reason in d.
 */
struct input	*cli_open_catalog(const struct cli *, const char *operand,
		    struct diags *d);

/* Load the catalogue; on failure prints why and returns NULL. */
struct catalog	*cli_load(struct cli *);

/*
 * Choose how output looks: the format given (or -1 for the default:
 * dflt_tty on a terminal, dflt_pipe otherwise), colour and width.
 */
enum format	 cli_output_format(struct cli *, int given,
		    enum format dflt_tty, enum format dflt_pipe);

/*
 * Colour for text shown on a terminal (tty) or not: --color, then
 * NO_COLOR and TERM=dumb say no.
 */
bool		 cli_want_color(const struct cli *, bool tty);

/*
 * Out of memory: the one policy.  No module prints, exits or recovers
 * when an allocation fails.  What makes a new object or array returns
 * NULL or false when it cannot, as malloc() does (filter_new(),
 * search_run(); search_new_opts(), which can also fail on a bad query,
 * says which in its status).  An object that exists remembers the failure
 * in its own sticky flag, "oom" (struct buf, out, diags, browse;
 * filter_oom() for the opaque filter), keeps going as well as it can, and
 * is checked once when its work is done.  A function with no object of
 * its own (lang_find(), lex_find_place(), a marker_fn) sets the flag of
 * the object it works for, passed as bool *oom.  A flag is cleared only
 * when handed on to another object's (diags_merge()).  The command layer,
 * and only it, turns a failure into the one outcome: what is still
 * buffered for standard output is dropped (never half a result),
 * "iompubs: out of memory" on standard error, exit status 2.
 * make check-oom fails every allocation of real runs in turn to hold
 * this.
 *
 * Finish writing standard output.  Returns status, or EXIT_TROUBLE after
 * reporting a write error or a set out.oom; a reader that went away
 * (EPIPE) is not an error.
 */
int		 cli_finish(struct cli *, int status);

/* Parse a non-negative count for an option such as --limit. */
bool		 cli_parse_count(struct cli *, const char *opt, const char *arg,
		    size_t *out);

/* The commands, one file each (cmd_NAME.c); help is in cli.c. */
extern const struct command	command_list;
extern const struct command	command_show;
extern const struct command	command_search;
extern const struct command	command_browse;
extern const struct command	command_stats;
extern const struct command	command_check;
extern const struct command	command_help;
extern const struct command	command_about;

int		 cmd_list(struct cli *, int, char **);
int		 cmd_show(struct cli *, int, char **);
int		 cmd_search(struct cli *, int, char **);
int		 cmd_browse(struct cli *, int, char **);
int		 cmd_stats(struct cli *, int, char **);
int		 cmd_check(struct cli *, int, char **);
int		 cmd_about(struct cli *, int, char **);

#endif
