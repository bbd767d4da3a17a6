/*
 * cmd_check.c: iompubs check.
 *
 * The other commands refuse a catalogue at its first schema error and
 * say nothing of what merely looks wrong; check is for the person
 * editing one.  It loads the catalogue itself rather than through
 * cli_load(), so that every problem, the loader's and validate.c's, goes
 * to standard output in the compiler form editors jump to
 * (FILE:LINE:COL: error: message), all at once and in file order, while
 * a file that cannot be read at all stays a plain error on stderr.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>

#include "catalog.h"
#include "cli.h"
#include "diag.h"
#include "input.h"
#include "load.h"
#include "validate.h"

/* check's own reading of the exit statuses; see iompubs(1). */
enum {
	CHECK_CLEAN = EXIT_FOUND,	/* no errors (warnings are allowed) */
	CHECK_PROBLEMS = 1		/* errors, or warnings under --strict */
};

const struct command command_check = {
	"check", cmd_check,
	"check [--strict] [FILE]",
	"check a catalogue for errors and oddities",
	"Check a catalogue: FILE ('-': standard input), else the one that\n"
	"--catalog or $IOMPUBS_CATALOG names, else the built-in one.  Every\n"
	"problem is listed at once, in file order, on standard output as\n"
	"FILE:LINE:COL: error: MESSAGE or FILE:LINE:COL: warning: MESSAGE, and\n"
	"counted on standard error.  Nothing is printed when all is well.\n"
	"\n"
	"Errors: whatever the loader refuses (YAML syntax, unknown or missing\n"
	"keys, wrong values, duplicate ids); ISBNs, E-ISBNs and ISSNs that are\n"
	"malformed or have a wrong check digit; the same ISBN in two records.\n"
	"Warnings: two records with the same title (case and accents ignored);\n"
	"a year before 1900 or after the catalogue's edition (without one,\n"
	"after next year); more than 5000 pages; a language that the ISO 639-1\n"
	"table does not know.\n"
	"\n"
	"Exit status: 0 when there are no errors (warnings alone are printed\n"
	"but still exit 0, unless --strict), 1 when there are errors, 2 when\n"
	"the file cannot be read at all or on a usage error.\n"
	"\n"
	"Examples:\n"
	"  iompubs check my-catalog.yaml\n"
	"  iompubs check --strict - < my-catalog.yaml\n"
	"  iompubs check                          the catalogue in use\n"
	"\n"
	"Options:\n"
	"  -W, --strict           count warnings as errors (exit 1)\n"
};

/*
 * An unlocated error means the bytes could not be had (a read error, a
 * file that changed while read): trouble, not a finding.
 */
static bool
unreadable(const struct diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		if (d->v[i].at.line == 0 && d->v[i].level == DIAG_ERROR)
			return true;
	return false;
}

static size_t
count_warnings(const struct diags *d)
{
	size_t	 i, n = 0;

	for (i = 0; i < d->n; i++)
		n += d->v[i].level == DIAG_WARNING;
	return n;
}

/* Load and validate into d; EXIT_TROUBLE if the file could not be had. */
static int
check_catalog(struct input *in, struct diags *d)
{
	struct catalog	*cat = NULL;

	if (in == NULL)
		return EXIT_TROUBLE;
	cat = catalog_load(in, d);
	input_close(in);
	if (cat != NULL && validate_catalog(cat, d, VALIDATE_ALL))
		diags_sort(d);
	catalog_free(cat);
	return d->oom || unreadable(d) ? EXIT_TROUBLE : CHECK_CLEAN;
}

static int
report(struct cli *c, const struct diags *d, bool strict)
{
	size_t	 warnings = count_warnings(d);

	diags_print(d, stdout, NULL, true);
	if (d->nerrors + warnings > 0) {
		fflush(stdout);
		fprintf(stderr, "%s: check: %zu error%s, %zu warning%s\n",
		    PROGNAME, d->nerrors, d->nerrors == 1 ? "" : "s",
		    warnings, warnings == 1 ? "" : "s");
	}
	return cli_finish(c, d->nerrors > 0 || (strict && warnings > 0) ?
	    CHECK_PROBLEMS : CHECK_CLEAN);
}

int
cmd_check(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		{ "strict", no_argument, NULL, 'W' },
		{ NULL, 0, NULL, 0 }
	};
	struct diags	 d;
	struct input	*in;
	bool		 strict = false;
	int		 ch, status;
	char		 qa[CLI_QUOTE_MAX];

	while ((ch = cli_getopt(c, argc, argv, "hW", longopts)) != -1) {
		if (ch == 'h')
			return cli_command_help(c);
		if (ch == 'W')
			strict = true;
		else
			return EXIT_TROUBLE;	/* reported by cli_getopt */
	}
	if (argc - optind > 1)
		return cli_usage_error(c, "unexpected argument '%s'; check "
		    "takes one catalogue", cli_quote(qa, argv[optind + 1]));
	in = cli_open_catalog(c, optind < argc ? argv[optind] : NULL, &d);
	d.max = SIZE_MAX;		/* every problem, not the first 100 */
	if ((status = check_catalog(in, &d)) == EXIT_TROUBLE) {
		fflush(stdout);
		if (d.oom)
			cli_error("out of memory");
		else
			diags_print(&d, stderr, PROGNAME, false);
	} else
		status = report(c, &d, strict);
	diags_free(&d);
	return status;
}
