/*
 * cli.c: global options, the command table, and what every command
 * shares: option errors, loading the catalogue, choosing the output and
 * finishing it.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#if defined(__GLIBC__)
#include <stdio_ext.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "builtin.h"
#include "catalog.h"
#include "cli.h"
#include "diag.h"
#include "format.h"
#include "input.h"
#include "load.h"
#include "num.h"
#include "out.h"
#include "pager.h"
#include "suggest.h"
#include "term.h"
#include "text.h"
#include "validate.h"

/*
 * Standard output is held in a large buffer: most results are written
 * in one go at the end, and an error found while writing them (memory
 * running out) can still take back what was not yet written.
 */
#define STDOUT_BUFSIZE	(1024 * 1024)

/*
 * Text to read (show's paragraphs) is wrapped no wider than this on a
 * wide screen: long lines are hard to follow.  --width sets any width.
 */
#define READING_WIDTH	100
#define WIDTH_MAX	10000

static int	cmd_help(struct cli *, int, char **);

const struct command command_help = {
	"help", cmd_help,
	"help [COMMAND]",
	"show help for iompubs or one of its commands",
	"Show the help of COMMAND, or of iompubs itself.\n"
};

/* In the order --help lists them. */
static const struct command *const commands[] = {
	&command_list,
	&command_show,
	&command_search,
	&command_browse,
	&command_stats,
	&command_check,
	&command_about,
	&command_help,
};

#define NCOMMANDS	(sizeof(commands) / sizeof(commands[0]))

static const char main_usage[] =
    "usage: " PROGNAME " [--catalog FILE] [--color [WHEN]] [--no-pager] "
    "[--width N]\n"
    "               COMMAND [ARGS ...]\n"
    "       " PROGNAME " --help | --version\n";

static void
main_help(FILE *fp)
{
	size_t	 i;

	/* Examples first: most people want to see what to type. */
	fputs(
	    "iompubs: browse IOM's catalogue of publications on human "
	    "trafficking.\n"
	    "\n"
	    "Examples:\n"
	    "  iompubs list --year 2015            the publications of 2015\n"
	    "  iompubs list --language es          those in Spanish\n"
	    "  iompubs list | grep -i caribbean    titles, one record a line\n"
	    "  iompubs show Caring for Trafficked Persons\n"
	    "  iompubs show 978-92-9068-466-4      a record by its ISBN\n"
	    "  iompubs search fishers              ranked by relevance\n"
	    "  iompubs browse                      search as you type, pick\n"
	    "  iompubs list --format csv           for a spreadsheet\n"
	    "  iompubs stats --by language         how many in each\n"
	    "  iompubs check my-catalog.yaml       every problem of a file\n"
	    "\n", fp);
	fprintf(fp, "%s\nCommands:\n", main_usage);
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(fp, "  %-8s %s\n", commands[i]->name,
		    commands[i]->summary);
	fputs(
	    "\n"
	    "Options:\n"
	    "  --catalog FILE     read FILE ('-': standard input) instead of\n"
	    "                     $IOMPUBS_CATALOG or the built-in catalogue\n"
	    "  --color [WHEN]     colour: auto (the default), always or never\n"
	    "  --no-color         the same as --color never\n"
	    "  --no-pager         do not page long output on a terminal\n"
	    "  --width N          fit output to N columns, in a pipe too\n"
	    "                     (0: no limit; default: the screen's,\n"
	    "                     and at most 100 for show)\n"
	    "  -h, --help         show this help\n"
	    "  --version          show the version\n"
	    "\n"
	    "'iompubs COMMAND --help' shows a command's options; "
	    "'man iompubs' tells all.\n"
	    "Exit status: 0 found, 1 nothing matched, 2 trouble.\n", fp);
}

static void
version(void)
{
	printf("%s %s\n"
	    "Copyright (C) 2026 the iompubs authors.\n"
	    "License ISC: <https://opensource.org/license/isc-license-txt>.\n"
	    "The built-in catalogue is the text of IOM's \"Trafficking "
	    "Publications\",\n"
	    "January 2019; see LICENSE.\n"
	    "This is free software: you are free to change and redistribute "
	    "it.\n"
	    "There is NO WARRANTY, to the extent permitted by law.\n",
	    PROGNAME, VERSION);
}

const char *
cli_quote(char buf[CLI_QUOTE_MAX], const char *s)
{
	text_quote(buf, CLI_QUOTE_MAX, s, strlen(s), 60);
	return buf;
}

int
cli_error(const char *fmt, ...)
{
	va_list	 ap;

	fflush(stdout);
	fprintf(stderr, "%s: ", PROGNAME);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return EXIT_TROUBLE;
}

/*
 * "usage: iompubs COMMAND ...", its continuation lines indented under
 * the first option, as the manual's SYNOPSIS sets them.
 */
static void
print_usage(FILE *fp, const struct command *cmd)
{
	const char	*p, *nl;
	int		 indent;

	indent = (int)(strlen("usage: " PROGNAME " ") + strlen(cmd->name) + 1);
	fprintf(fp, "usage: %s ", PROGNAME);
	for (p = cmd->usage; (nl = strchr(p, '\n')) != NULL; p = nl + 1)
		fprintf(fp, "%.*s\n%*s", (int)(nl - p), p, indent, "");
	fprintf(fp, "%s\n", p);
}

/*
 * After a usage error, where to read more: one line, as git and
 * ripgrep do, rather than a usage block that buries the message.
 */
static void
usage_line(const struct cli *c)
{
	fprintf(stderr, "see '%s%s%s --help'\n", PROGNAME,
	    c->cmd ? " " : "", c->cmd ? c->cmd->name : "");
}

int
cli_usage_error(struct cli *c, const char *fmt, ...)
{
	va_list	 ap;

	fprintf(stderr, "%s: ", PROGNAME);
	if (c->cmd != NULL)
		fprintf(stderr, "%s: ", c->cmd->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	usage_line(c);
	return EXIT_TROUBLE;
}

int
cli_command_help(struct cli *c)
{
	print_usage(stdout, c->cmd);
	printf("\n%s", c->cmd->help);
	printf("\nCommon options:\n"
	    "      --catalog FILE     read FILE ('-': standard input)\n"
	    "      --color [WHEN]     auto, always or never; --no-color: never\n"
	    "      --no-pager         do not page long output\n"
	    "      --width N          fit output to N columns (0: no limit)\n"
	    "  -h, --help             show this help\n");
	return cli_finish(c, EXIT_FOUND);
}

/*
 * Say what getopt_long refused in the long option arg: an argument to an
 * option that takes none, an abbreviation of several options, or an
 * unknown option (with the nearest known one).
 */
static void
bad_long_option(struct cli *c, const char *arg, const struct option *longopts)
{
	const char	*names[64], *near, *eq;
	char		 q[64], both[256];
	size_t		 n, len, nprefix = 0, o = 0;

	arg += 2;
	len = (eq = strchr(arg, '=')) ? (size_t)(eq - arg) : strlen(arg);
	text_quote(q, sizeof(q), arg, len, 30);
	for (n = 0; longopts[n].name != NULL && n < 64; n++) {
		names[n] = longopts[n].name;
		if (strlen(names[n]) == len && memcmp(names[n], arg, len) == 0) {
			cli_usage_error(c, "option '--%s' takes no argument",
			    names[n]);
			return;
		}
		if (strncmp(names[n], arg, len) == 0 && len > 0) {
			o += (size_t)snprintf(both + o, sizeof(both) - o, "%s--%s",
			    nprefix > 0 ? ", " : "", names[n]);
			if (o >= sizeof(both))
				o = sizeof(both) - 1;
			nprefix++;
		}
	}
	if (nprefix > 1) {
		cli_usage_error(c, "option '--%s' is ambiguous: %s", q, both);
		return;
	}
	if ((near = suggest(arg, len, names, n)) != NULL)
		cli_usage_error(c, "unknown option '--%s'; did you mean '--%s'?",
		    q, near);
	else
		cli_usage_error(c, "unknown option '--%s'", q);
}

/*
 * A short option that is not a printable ASCII character, such as the
 * first byte of "-é": name the whole word.  getopt() has moved past it
 * if it was the last in its word, and not otherwise.
 */
static void
bad_short_option(struct cli *c, int argc, char **argv)
{
	const char	*arg = argv[optind - 1];
	char		 q[64];

	if (optind < argc && argv[optind][0] == '-' &&
	    strchr(argv[optind], optopt) != NULL)
		arg = argv[optind];
	text_quote(q, sizeof(q), arg, strlen(arg), 30);
	cli_usage_error(c, "unknown option in '%s'", q);
}

static const char *const color_whens[] = { "auto", "always", "never" };

/* Which of color_whens is arg, case ignored; -1 if none. */
static int
color_when(const char *arg)
{
	int	 i;

	for (i = 0; i < 3; i++)
		if (strcasecmp(arg, color_whens[i]) == 0)
			return i;
	return -1;
}

static bool
parse_color(struct cli *c, const char *arg)
{
	static const enum color_when whens[] = {
		COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER
	};
	const char	*near;
	int		 i;

	if (arg == NULL)
		c->color = COLOR_ALWAYS;
	else if ((i = color_when(arg)) >= 0)
		c->color = whens[i];
	else {
		near = suggest(arg, strlen(arg), color_whens, 3);
		cli_usage_error(c, "--color must be auto, always or never, "
		    "not '%s'%s%s%s", arg, near ? "; did you mean '" : "",
		    near ? near : "", near ? "'?" : "");
		return false;
	}
	return true;
}

int
cli_getopt(struct cli *c, int argc, char **argv, const char *shortopts,
    const struct option *longopts)
{
	char	 opts[64], qa[CLI_QUOTE_MAX];
	int	 ch;

	/*
	 * A ':' first (after a '+', which stops at the first operand)
	 * makes getopt report a missing argument as ':'.
	 */
	if (shortopts[0] == '+')
		snprintf(opts, sizeof(opts), "+:%s", shortopts + 1);
	else
		snprintf(opts, sizeof(opts), ":%s", shortopts);
	opterr = 0;
	for (;;) {
		ch = getopt_long(argc, argv, opts, longopts, NULL);
		switch (ch) {
		case OPT_CATALOG:
			c->catalog = optarg;
			continue;
		case OPT_COLOR:
			/* "--color always" as well as "--color=always". */
			if (optarg == NULL && optind < argc &&
			    color_when(argv[optind]) >= 0)
				optarg = argv[optind++];
			if (!parse_color(c, optarg))
				return '?';
			continue;
		case OPT_NO_COLOR:
			c->color = COLOR_NEVER;
			continue;
		case OPT_NO_PAGER:
			c->pager = false;
			continue;
		case OPT_WIDTH:
			if (num_parse(optarg, strlen(optarg), 0, WIDTH_MAX,
			    &c->width) != NUM_OK) {
				cli_usage_error(c, "--width must be a whole "
				    "number from 0 (no limit) to %d, not '%s'",
				    WIDTH_MAX, optarg);
				return '?';
			}
			continue;
		case ':':
			cli_usage_error(c, "option '%s' needs an argument",
			    cli_quote(qa, argv[optind - 1]));
			return '?';
		case '?':
			/*
			 * For long options optopt is not reliable: glibc sets
			 * it to the option's value when it refuses an
			 * argument, and to 0 for an ambiguous abbreviation.
			 */
			if (strncmp(argv[optind - 1], "--", 2) == 0)
				bad_long_option(c, argv[optind - 1], longopts);
			else if (optopt > ' ' && optopt < 0x7f)
				cli_usage_error(c, "unknown option '-%c'",
				    optopt);
			else
				bad_short_option(c, argc, argv);
			return '?';
		default:
			return ch;
		}
	}
}

bool
cli_parse_count(struct cli *c, const char *opt, const char *arg,
    size_t *out)
{
	long	 v;

	if (num_parse(arg, strlen(arg), 0, 1000000000L, &v) != NUM_OK) {
		cli_usage_error(c, "%s must be a whole number from 0 to "
		    "1000000000, not '%s'", opt, arg);
		return false;
	}
	*out = (size_t)v;
	return true;
}

/* Clears *arg when a record has a malformed ISBN or ISSN. */
static void
note_identifiers(const struct pub *p, void *arg)
{
	bool	*ok = arg;

	if (*ok && !validate_identifiers_ok(p))
		*ok = false;
}

struct input *
cli_open_catalog(const struct cli *c, const char *operand, struct diags *d)
{
	const char	*path = operand != NULL ? operand : c->catalog;
	struct input	*in;

	if (path == NULL && (path = getenv("IOMPUBS_CATALOG")) != NULL &&
	    *path == '\0')
		path = NULL;
	diags_init(d, path != NULL ? (strcmp(path, "-") == 0 ? "<stdin>" :
	    path) : BUILTIN_CATALOG_NAME);
	if (path != NULL)
		return input_open(path, INPUT_MAX_BYTES, d);
	if ((in = input_memory(BUILTIN_CATALOG_NAME, builtin_catalog,
	    builtin_catalog_size)) == NULL)
		d->oom = true;
	return in;
}

struct catalog *
cli_load(struct cli *c)
{
	struct load_opts opts;
	struct diags	 d;
	struct input	*in;
	struct catalog	*cat = NULL;
	bool		 ids_ok = true;

	in = cli_open_catalog(c, NULL, &d);
	opts = load_default_opts;
	opts.skip = c->load_skip;
	opts.each = note_identifiers;
	opts.arg = &ids_ok;
	if (in != NULL)
		cat = catalog_load_with(in, &d, &opts);
	input_close(in);
	/*
	 * A catalogue with a wrong ISBN is still worth browsing, but the
	 * user should know; check tells the details.
	 */
	if (cat != NULL && !ids_ok)
		diags_add(&d, DIAG_WARNING, (struct pos){ 0, 0 },
		    "some ISBNs or ISSNs are malformed or have a wrong check "
		    "digit; 'iompubs check' lists them");
	fflush(stdout);
	if (d.oom) {
		cli_error("out of memory");
		catalog_free(cat);
		cat = NULL;
	} else
		diags_print(&d, stderr, PROGNAME, false);
	diags_free(&d);
	return cat;
}

bool
cli_want_color(const struct cli *c, bool tty)
{
	const char	*env;

	switch (c->color) {
	case COLOR_ALWAYS:
		return true;
	case COLOR_NEVER:
		return false;
	case COLOR_AUTO:
	default:
		if (!tty)
			return false;
		if ((env = getenv("NO_COLOR")) != NULL && *env != '\0')
			return false;
		if (term_dumb())
			return false;
		return true;
	}
}

/*
 * Columns to fit the output to, 0 for no limit: --width, else the
 * screen's (no wider than READING_WIDTH for whole records), else none.
 */
static size_t
output_width(const struct cli *c, enum format f)
{
	size_t	 w;

	if (c->width >= 0)
		return (size_t)c->width;
	if (!c->tty)
		return 0;
	w = term_width();
	return f == FORMAT_FULL && w > READING_WIDTH ? READING_WIDTH : w;
}

/*
 * Output kept for the pager while a command writes to a terminal: the
 * command layer's own business, one per process like standard output.
 */
static struct {
	bool		 on;		/* c->out writes to text, for the pager */
	char		*text;
	size_t		 len;
} page;

enum format
cli_output_format(struct cli *c, int given, enum format dflt_tty,
    enum format dflt_pipe)
{
	enum format	 f;
	FILE		*fp;

	if (given >= 0)
		f = (enum format)given;
	else
		f = c->tty ? dflt_tty : dflt_pipe;
	/*
	 * On a terminal, output is kept until it is complete, to know
	 * whether it is taller than the screen and needs the pager.
	 */
	fp = stdout;
	if (c->tty && c->pager &&
	    (fp = open_memstream(&page.text, &page.len)) == NULL)
		fp = stdout;
	page.on = fp != stdout;
	/* Formats for programs are never decorated. */
	out_init(&c->out, fp, c->tty, format_for_people(f) &&
	    cli_want_color(c, c->tty), output_width(c, f));
	return f;
}

static void
discard_output(FILE *fp)
{
#if defined(__GLIBC__)
	__fpurge(fp);
#elif defined(__OpenBSD__) || defined(__FreeBSD__) || defined(__NetBSD__) || \
    defined(__APPLE__)
	fpurge(fp);
#else
	(void)fp;
#endif
}

static size_t
count_lines(const char *s, size_t len)
{
	const char	*p, *end = s + len;
	size_t		 n = 0;

	for (p = s; p < end && (p = memchr(p, '\n', (size_t)(end - p))) !=
	    NULL; p++)
		n++;
	return n;
}

/* Send the output kept for the terminal to the pager, or straight out. */
static int
flush_page(struct cli *c)
{
	const char	*cmd = pager_command();
	char		 q[CLI_QUOTE_MAX], why[64];
	int		 err = -127;

	page.on = false;
	if (fclose(c->out.fp) == EOF) {
		free(page.text);
		return ENOMEM;
	}
	c->out.fp = stdout;
	/* A dumb terminal cannot run less: write the text as it is. */
	if (!term_dumb() && count_lines(page.text, page.len) > term_rows() &&
	    pager_found(cmd)) {
		fflush(stdout);
		err = pager_show(cmd, page.text, page.len);
	}
	/* No pager, or sh did not find it: write the text as it is. */
	if (err == -127) {
		err = 0;
		if (page.len > 0 &&
		    fwrite(page.text, 1, page.len, stdout) != page.len)
			err = errno != 0 ? errno : EIO;
	} else if (err < 0) {
		pager_error(err, why, sizeof(why));
		cli_error("the pager '%s' failed (%s); the output was not "
		    "shown", cli_quote(q, cmd), why);
	}
	free(page.text);
	page.text = NULL;
	return err;
}

int
cli_finish(struct cli *c, int status)
{
	int	 err = 0;

	if (c->out.oom || (page.on && ferror(c->out.fp))) {
		if (page.on) {
			fclose(c->out.fp);
			free(page.text);
			page.on = false;
		}
		/* Never half a result: drop what is still buffered. */
		discard_output(stdout);
		cli_error("out of memory");
		return EXIT_TROUBLE;
	}
	if (page.on && (err = flush_page(c)) == ENOMEM)
		return cli_error("out of memory");
	if (err < 0)
		return EXIT_TROUBLE;	/* the pager failed: said why */
	if (err == 0 && (fflush(stdout) == EOF || ferror(stdout)))
		err = errno != 0 ? errno : EIO;
	if (err == 0 && fclose(stdout) == EOF)
		err = errno != 0 ? errno : EIO;
	if (err == EPIPE)
		return status;		/* the reader went away: fine */
	if (err != 0)
		return cli_error("error writing standard output: %s",
		    strerror(err));
	return status;
}

static const struct command *
find_command(const char *name)
{
	size_t	 i;

	for (i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i]->name, name) == 0)
			return commands[i];
	return NULL;
}

static int
unknown_command(struct cli *c, const char *name)
{
	const char	*names[NCOMMANDS], *near;
	char		 q[CLI_QUOTE_MAX];
	size_t		 i;

	for (i = 0; i < NCOMMANDS; i++)
		names[i] = commands[i]->name;
	cli_quote(q, name);
	if ((near = suggest(name, strlen(name), names, NCOMMANDS)) != NULL)
		return cli_usage_error(c, "unknown command '%s'; did you mean "
		    "'%s'?", q, near);
	return cli_usage_error(c, "unknown command '%s'", q);
}

static int
cmd_help(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	const struct command	*cmd;
	int			 ch;

	while ((ch = cli_getopt(c, argc, argv, "h", longopts)) != -1)
		if (ch == 'h')
			return cli_command_help(c);
		else
			return EXIT_TROUBLE;
	if (optind + 1 < argc)
		return cli_usage_error(c, "too many arguments");
	if (optind == argc) {
		main_help(stdout);
		return cli_finish(c, EXIT_FOUND);
	}
	if ((cmd = find_command(argv[optind])) == NULL) {
		c->cmd = NULL;
		return unknown_command(c, argv[optind]);
	}
	c->cmd = cmd;
	return cli_command_help(c);
}

int
cli_main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	static char		 stdout_buf[STDOUT_BUFSIZE];
	struct cli		 c;
	const struct command	*cmd;
	int			 ch;

	memset(&c, 0, sizeof(c));
	c.pager = true;
	c.width = -1;
	c.tty = isatty(STDOUT_FILENO);
	setvbuf(stdout, stdout_buf, _IOFBF, sizeof(stdout_buf));
	out_init(&c.out, stdout, c.tty, false, 0);

	/* '+': stop at the command; its options are its own. */
	while ((ch = cli_getopt(&c, argc, argv, "+h", longopts)) != -1) {
		switch (ch) {
		case 'h':
			main_help(stdout);
			return cli_finish(&c, EXIT_FOUND);
		case 'V':
			version();
			return cli_finish(&c, EXIT_FOUND);
		default:
			return EXIT_TROUBLE;
		}
	}
	if (optind == argc)
		return cli_usage_error(&c, "no command given; try 'list' or "
		    "'show'");
	if ((cmd = find_command(argv[optind])) == NULL)
		return unknown_command(&c, argv[optind]);
	c.cmd = cmd;
	argc -= optind;
	argv += optind;
	optind = 0;			/* restart getopt for the command */
	return cmd->run(&c, argc, argv);
}
