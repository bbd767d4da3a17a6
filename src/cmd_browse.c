/*
 * cmd_browse.c: iompubs browse, the full-screen browser.
 *
 * The screen is drawn on /dev/tty, as fzf does, so that standard output
 * carries only the ids picked, one a line, written after the terminal is
 * given back: `iompubs show $(iompubs browse fishers)` works.  Whatever
 * ends the browser (a key, out of memory, a terminal that cannot be
 * written, SIGINT, SIGTERM or SIGHUP) gives the terminal back first and
 * says why after.
 */
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>

#include "browse.h"
#include "browse_draw.h"
#include "buf.h"
#include "catalog.h"
#include "cli.h"
#include "filter.h"
#include "format.h"
#include "listopts.h"
#include "out.h"
#include "pager.h"
#include "text.h"

#define KEY_WAIT_MS	250	/* how often a signal is looked for */

const struct command command_browse = {
	"browse", cmd_browse,
	"browse [--year YEARS] [--language LANG]\n"
	"[--available pdf|hardcopy] [--has FIELD] [--title TEXT]\n"
	"[--grep REGEX] [--expr EXPR] [--sort KEYS] [--reverse]\n"
	"[--limit N] [QUERY ...]",
	"pick publications on a full screen, searching as you type",
	"Browse the catalogue on the whole terminal: type to search (as\n"
	"search does: ranked, case and accents ignored), move with the arrow\n"
	"keys, read the selected record beside the list, mark several with\n"
	"Tab, and press Enter to print their ids on standard output, one a\n"
	"line.  Esc, Ctrl-C or q leave without printing anything.  ? shows\n"
	"every key.  The screen is drawn on the terminal (/dev/tty), so the\n"
	"ids can go into a pipe or a command substitution.\n"
	"\n"
	"Examples:\n"
	"  iompubs browse\n"
	"  iompubs browse fishers\n"
	"  iompubs show $(iompubs browse caribbean)\n"
	"  iompubs browse --language es | xargs iompubs show --format bibtex\n"
	"\n"
	"Keys (all of them: ? in the browser, or iompubs(1)):\n"
	"  Up, Down, PgUp, PgDn   move (then j, k, g, G and letters are keys;\n"
	"                         / types in the query again)\n"
	"  Tab                    mark the record\n"
	"  Enter                  print the ids of the marked (or selected)\n"
	"  Esc, Ctrl-C, q         leave without a pick\n"
	"  o, y, c                pager; copy the id; copy the citation\n"
	"  Y, L, A, S             year, language, availability, sort\n"
	"\n"
	"Options: the filters of list (-y, -l, --available, --has, -t, -g, -e)\n"
	"choose what can be browsed; -y, -l and --available can be changed\n"
	"with keys.  -s, --sort KEYS and -r, --reverse order the list (the\n"
	"default: relevance while searching, else catalogue order); -n,\n"
	"--limit N shows the first N.  QUERY starts the search.\n"
	"Exit status: 0 something picked, 1 left without a pick, 2 trouble\n"
	"(no terminal, for one).\n"
};

/* The signal that should end the browser, once the screen is closed. */
static volatile sig_atomic_t	 stop_signal;

static void
on_signal(int sig)
{
	stop_signal = sig;
}

static const int stop_signals[] = { SIGINT, SIGTERM, SIGHUP };
#define NSTOP	(sizeof(stop_signals) / sizeof(stop_signals[0]))

static void
catch_signals(struct sigaction *old)
{
	struct sigaction	 sa;
	size_t			 i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a signal ends the wait for a key. */
	for (i = 0; i < NSTOP; i++)
		sigaction(stop_signals[i], &sa, &old[i]);
}

static void
restore_signals(const struct sigaction *old)
{
	size_t	 i;

	for (i = 0; i < NSTOP; i++)
		sigaction(stop_signals[i], &old[i], NULL);
}

/*
 * A crash inside curses (ncurses 6.4 can crash when memory runs out in
 * its own code) must not leave the terminal raw and on the alternate
 * screen: the settings saved before, and curses' own sequences to leave
 * its screen, are put back, then the program dies of the signal.
 */
static struct termios	 crash_tio;
static int		 crash_fd = -1;
static char		 crash_seq[64];
static size_t		 crash_len;

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL };
#define NCRASH	(sizeof(crash_signals) / sizeof(crash_signals[0]))

static void
on_crash(int sig)
{
	if (crash_fd != -1) {
		tcsetattr(crash_fd, TCSANOW, &crash_tio);
		if (crash_len > 0 && write(crash_fd, crash_seq, crash_len) < 0)
			crash_len = 0;
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
guard_crashes(int fd)
{
	size_t	 i;

	if (tcgetattr(fd, &crash_tio) == -1)
		return;
	crash_fd = fd;
	crash_len = 0;
	for (i = 0; i < NCRASH; i++)
		signal(crash_signals[i], on_crash);
}

static void
unguard_crashes(void)
{
	size_t	 i;

	crash_fd = -1;
	for (i = 0; i < NCRASH; i++)
		signal(crash_signals[i], SIG_DFL);
}

/* The options that keys change later, kept apart from the others. */
struct start {
	const char	*year;
	struct buf	 langs;
	unsigned	 avail;
	const char	*sort;
	bool		 reverse;
};

static int
start_option(struct cli *c, struct start *st, int ch, const char *arg)
{
	char	 err[256];
	struct order o;

	switch (ch) {
	case 'y':
		if (st->year != NULL) {
			cli_usage_error(c, "browse takes one --year range "
			    "(such as 2010..2015)");
			return -1;
		}
		st->year = arg;
		return 1;
	case 'l':
		if (st->langs.len > 0)
			buf_adds(&st->langs, ", ");
		buf_adds(&st->langs, arg);
		return 1;
	case OPT_AVAILABLE:
		if (strcasecmp(arg, "pdf") == 0)
			st->avail |= AVAIL_PDF;
		else if (strcasecmp(arg, "hardcopy") == 0)
			st->avail |= AVAIL_HARDCOPY;
		else {
			cli_usage_error(c, "--available: unknown availability "
			    "'%s'; expected pdf or hardcopy", arg);
			return -1;
		}
		return 1;
	case 's':
		memset(&o, 0, sizeof(o));
		if (!order_parse(&o, arg, err, sizeof(err))) {
			cli_usage_error(c, "--sort: %s", err);
			return -1;
		}
		st->sort = arg;
		return 1;
	case 'r':
		st->reverse = true;
		return 1;
	default:
		return 0;
	}
}

/* /dev/tty, for reading and writing; -1 after saying why not. */
static int
open_tty(void)
{
	int	 fd;

	if ((fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)) == -1) {
		cli_error("browse: no terminal to draw on: /dev/tty: %s",
		    strerror(errno));
		return -1;
	}
	if (!isatty(fd)) {
		close(fd);
		cli_error("browse: no terminal to draw on: /dev/tty is not "
		    "a terminal");
		return -1;
	}
	return fd;
}

/* The record as show prints it, for the pager, on the terminal. */
static void
open_pager(struct browse_screen *scr, struct browse *b, int ttyfd,
    bool color, bool *oom)
{
	struct format_opts	 opts;
	struct out	 o;
	struct pub	*v[1] = { browse_selected(b) };
	const char	*cmd = pager_command();
	char		*text = NULL;
	size_t		 len = 0;
	FILE		*fp;
	int		 saved, err;

	if (!pager_found(cmd)) {
		browse_message(b, "no pager to run: '%s' is not found "
		    "(IOMPUBS_PAGER, PAGER)", cmd);
		return;
	}
	memset(&opts, 0, sizeof(opts));
	opts.info = &b->cat->info;
	if ((fp = open_memstream(&text, &len)) == NULL) {
		*oom = true;
		return;
	}
	out_init(&o, fp, true, color, browse_draw_width(scr));
	format_write(FORMAT_FULL, &o, v, 1, &opts);
	if (fclose(fp) == EOF || o.oom) {
		free(text);
		*oom = true;
		return;
	}
	/* Wait for a key even when the record fits on one screen. */
	if (getenv("LESS") == NULL)
		setenv("LESS", "R", 1);
	browse_draw_pause(scr);
	/* The pager writes on the terminal, not into the pipe of the ids. */
	fflush(stdout);
	saved = dup(STDOUT_FILENO);
	dup2(ttyfd, STDOUT_FILENO);
	err = pager_show(cmd, text, len);
	if (saved != -1) {
		dup2(saved, STDOUT_FILENO);
		close(saved);
	}
	browse_draw_resume(scr);
	free(text);
	if (err != 0)
		browse_message(b, "the pager failed: %s", strerror(err));
}

/* The id, or the citation, to the clipboard; the status says how. */
static void
copy(struct browse_screen *scr, struct browse *b, bool cite, bool *oom)
{
	struct format_opts	 opts;
	struct pub	*p = browse_selected(b);
	struct out	 o;
	char		*text = NULL, q[64];
	size_t		 len = 0;
	FILE		*fp;
	int		 f;
	const char	*term = getenv("TERM");

	memset(&opts, 0, sizeof(opts));
	opts.info = &b->cat->info;
	if ((fp = open_memstream(&text, &len)) == NULL) {
		*oom = true;
		return;
	}
	out_init(&o, fp, false, false, 0);
	if (cite) {
		/* A citation format, once there is one; BibTeX until then. */
		f = format_lookup("cite");
		format_write(f >= 0 ? (enum format)f : FORMAT_BIBTEX, &o,
		    &p, 1, &opts);
	} else
		out_text(&o, p->id);
	if (fclose(fp) == EOF || o.oom) {
		free(text);
		*oom = true;
		return;
	}
	text_quote(q, sizeof(q), p->id.ptr, p->id.len, 40);
	if (term != NULL && strncmp(term, "linux", 5) == 0)
		browse_message(b, "cannot copy: the Linux console has no "
		    "clipboard");
	else if (!browse_draw_clipboard(scr, text, len))
		browse_message(b, "cannot copy: the terminal cannot be written");
	else if (browse_draw_clipboard_known(scr))
		browse_message(b, "copied the %s of %s", cite ? "citation" :
		    "id", q);
	else
		browse_message(b, "sent the %s of %s to the clipboard (OSC 52); "
		    "if it is not there, this terminal does not allow it",
		    cite ? "citation" : "id", q);
	free(text);
}

/* Stop the whole job, as Ctrl-Z does in a shell; draw again after. */
static void
suspend(struct browse_screen *scr)
{
	browse_draw_pause(scr);
	kill(0, SIGTSTP);
	browse_draw_resume(scr);
}

enum ending {
	END_QUIT,
	END_ACCEPT,
	END_NOMEM,
	END_WRITE,		/* the terminal cannot be written (errno) */
	END_SIGNAL
};

/*
 * Keys, until one ends the browser.  Keys typed ahead are all taken
 * before the screen is drawn again, so that a paste or a fast typist
 * costs one ranking and one drawing, not one a key.
 */
static enum ending
loop(struct browse_screen *scr, struct browse *b, int ttyfd, bool color,
    int *err)
{
	enum browse_action act;
	bool	 dirty = true, ahead = false, oom = false;
	int	 key;

	for (;;) {
		if (dirty && !ahead) {
			if (!browse_update(b))
				return END_NOMEM;
			if (!browse_draw(scr, b, &oom)) {
				*err = errno;
				return oom ? END_NOMEM : END_WRITE;
			}
			dirty = false;
		}
		key = browse_draw_key(scr, ahead ? 0 : KEY_WAIT_MS);
		if (stop_signal != 0)
			return END_SIGNAL;
		if (key == BROWSE_DRAW_NOKEY) {
			ahead = false;
			continue;
		}
		dirty = ahead = true;
		if (key == BROWSE_DRAW_RESIZE)
			continue;
		act = browse_key(b, key);
		if (b->oom)
			return END_NOMEM;
		switch (act) {
		case BROWSE_QUIT:
			return END_QUIT;
		case BROWSE_ACCEPT:
			return END_ACCEPT;
		case BROWSE_REDRAW:
			browse_draw_invalidate(scr);
			break;
		case BROWSE_PAGER:
			open_pager(scr, b, ttyfd, color, &oom);
			break;
		case BROWSE_COPY_ID:
		case BROWSE_COPY_CITE:
			copy(scr, b, act == BROWSE_COPY_CITE, &oom);
			break;
		case BROWSE_SUSPEND:
			suspend(scr);
			break;
		default:
			break;
		}
		if (oom)
			return END_NOMEM;
	}
}

/* Run the browser on the terminal; the ids picked go to standard output. */
static int
run(struct cli *c, struct browse *b, int ttyfd)
{
	struct sigaction	 old[NSTOP];
	struct browse_screen	*scr;
	struct pub *const	*picks;
	FILE			*out = NULL, *in = NULL;
	char			 why[256];
	size_t			 n, i;
	bool			 color = cli_want_color(c, true);
	int			 fd2, err = 0, status;
	enum ending		 end;

	if ((fd2 = dup(ttyfd)) == -1 || (out = fdopen(ttyfd, "w")) == NULL ||
	    (in = fdopen(fd2, "r")) == NULL) {
		if (fd2 != -1 && in == NULL)
			close(fd2);
		if (out != NULL)
			fclose(out);
		else
			close(ttyfd);
		return cli_error("browse: /dev/tty: %s", strerror(errno));
	}
	catch_signals(old);
	guard_crashes(fileno(out));
	if ((scr = browse_draw_open(out, in, color, why, sizeof(why))) ==
	    NULL) {
		unguard_crashes();
		restore_signals(old);
		fclose(in);
		fclose(out);
		if (strcmp(why, "out of memory") == 0)
			return cli_error("%s", why);
		return cli_error("browse: %s", why);
	}
	crash_len = browse_draw_leave_seq(scr, crash_seq, sizeof(crash_seq));
	end = loop(scr, b, fileno(out), color, &err);
	browse_draw_close(scr, end != END_NOMEM);
	unguard_crashes();
	fclose(in);
	fclose(out);
	restore_signals(old);
	switch (end) {
	case END_SIGNAL:
		/* Die of it, as the shell expects, with the screen back. */
		signal(stop_signal, SIG_DFL);
		raise(stop_signal);
		return EXIT_TROUBLE;
	case END_NOMEM:
		return cli_error("out of memory");
	case END_WRITE:
		return cli_error("browse: error writing to the terminal: %s",
		    strerror(err != 0 ? err : EIO));
	case END_QUIT:
		return cli_finish(c, EXIT_NOTHING);
	default:
		break;
	}
	picks = browse_picks(b, &n);
	for (i = 0; i < n; i++) {
		out_text(&c->out, picks[i]->id);
		out_char(&c->out, '\n');
	}
	status = cli_finish(c, n > 0 ? EXIT_FOUND : EXIT_NOTHING);
	return status;
}

int
cmd_browse(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		LISTOPTS_FILTERS,
		LISTOPTS_ORDER,
		{ NULL, 0, NULL, 0 }
	};
	struct listopts		 lo;
	struct start		 st;
	struct browse_opts	 bo;
	struct browse		 b;
	struct buf		 query = { NULL, 0, 0, false };
	struct catalog		*cat = NULL;
	char			 err[256];
	int			 ch, r, i, ttyfd = -1, status = EXIT_TROUBLE;

	memset(&st, 0, sizeof(st));
	memset(&b, 0, sizeof(b));
	if (!listopts_init(&lo, argc))
		return EXIT_TROUBLE;
	while ((ch = cli_getopt(c, argc, argv, "h" LISTOPTS_FILTERS_SHORT
	    LISTOPTS_ORDER_SHORT, longopts)) != -1) {
		if (ch == 'h') {
			status = cli_command_help(c);
			goto done;
		}
		if ((r = start_option(c, &st, ch, optarg)) < 0)
			goto done;
		if (r == 0 && listopts_option(c, &lo, ch, optarg) <= 0)
			goto done;
	}
	for (i = optind; i < argc; i++) {
		if (i > optind)
			buf_adds(&query, " ");
		buf_adds(&query, argv[i]);
	}
	if (query.oom || st.langs.oom) {
		status = cli_error("out of memory");
		goto done;
	}
	/* No terminal, no browser: say so before loading anything. */
	if ((ttyfd = open_tty()) == -1)
		goto done;
	if ((cat = cli_load(c)) == NULL)
		goto done;
	memset(&bo, 0, sizeof(bo));
	bo.fixed = filter_empty(lo.filter) ? NULL : lo.filter;
	bo.year = st.year;
	bo.langs = st.langs.p;
	bo.avail = st.avail;
	bo.sort = st.sort;
	bo.reverse = st.reverse;
	bo.limit = lo.limit;
	bo.query = query.p;
	if (!browse_init(&b, cat, &bo, err, sizeof(err))) {
		if (err[0] != '\0')
			status = cli_usage_error(c, "%s", err);
		else
			status = cli_error("out of memory");
		goto done;
	}
	status = run(c, &b, ttyfd);
	ttyfd = -1;			/* closed by run() */
done:
	if (ttyfd != -1)
		close(ttyfd);
	browse_free(&b);
	buf_free(&query);
	buf_free(&st.langs);
	listopts_free(&lo);
	catalog_free(cat);
	return status;
}
