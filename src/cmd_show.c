/*
 * cmd_show.c: iompubs show.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "cli.h"
#include "format.h"
#include "listopts.h"
#include "match.h"
#include "text.h"

#define SUGGESTIONS	3

enum {
	OPT_FIRST = OPT__COMMAND_BASE
};

static int
nothing_found(const struct catalog *cat, const char *query, size_t len)
{
	struct pub	*near[SUGGESTIONS];
	char		 q[256];
	size_t		 n, i;

	/* Suggestions first: out of memory, say that alone. */
	n = match_suggest(cat, query, len, near, SUGGESTIONS);
	if (n == SIZE_MAX)
		return cli_error("out of memory");
	text_quote(q, sizeof(q), query, len, 80);
	fflush(stdout);
	fprintf(stderr, "%s: show: no publication matches \"%s\"\n", PROGNAME,
	    q);
	if (n > 0)
		fprintf(stderr, "Did you mean:\n");
	for (i = 0; i < n; i++) {
		text_quote(q, sizeof(q), near[i]->title.ptr,
		    near[i]->title.len, 100);
		fprintf(stderr, "    %s\n", q);
		text_quote(q, sizeof(q), near[i]->id.ptr, near[i]->id.len, 80);
		fprintf(stderr, "        iompubs show %s\n", q);
	}
	return EXIT_NOTHING;
}

const struct command command_show = {
	"show", cmd_show,
	"show [--first] [--format FORMAT] [--fields FIELDS]\n"
	"[--template TEXT] [--csv-raw] [--style apa|chicago] QUERY ...",
	"show whole records by id, ISBN, ISSN or title",
	"Show whole records.  QUERY (its words joined by spaces) is an id, an\n"
	"ISBN, E-ISBN or ISSN (hyphens optional; an ISBN-10 finds its ISBN-13),\n"
	"a whole title, or part of a title, case and accents ignored.  The\n"
	"first of these kinds that finds something wins; every record it finds\n"
	"is shown, best first: titles starting with the query, then shorter.\n"
	"\n"
	"Examples:\n"
	"  iompubs show caring-for-trafficked-persons-2009\n"
	"  iompubs show 978-92-9068-466-4\n"
	"  iompubs show Caring for Trafficked Persons\n"
	"  iompubs show --format json etat des lieux\n"
	"  iompubs show --format bibtex 978-92-9068-466-4 >> refs.bib\n"
	"  iompubs show --format cite --style chicago 978-92-9068-466-4\n"
	"\n"
	"Options:\n"
	"      --first            show only the best match\n"
	"  -f, --format FORMAT    full (the default), plain, table, json, jsonl,\n"
	"                         tsv, csv, yaml, rec, bibtex, ris, csl-json, cite\n"
	"                         or template; see FORMATS in iompubs(1)\n"
	"      --fields LIST      write these fields, comma-separated (plain,\n"
	"                         table, full, json, jsonl, tsv, csv and rec)\n"
	"      --template TEXT    write TEXT, {FIELD} replaced by its value\n"
	"                         (implies --format template)\n"
	"      --csv-raw          csv: no ' before a formula-like value\n"
	"      --style STYLE      cite: apa (the default) or chicago\n"
};

int
cmd_show(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		LISTOPTS_OUTPUT,
		{ "first", no_argument, NULL, OPT_FIRST },
		{ NULL, 0, NULL, 0 }
	};
	struct listopts	 lo;
	struct catalog	*cat = NULL;
	struct match	 m;
	struct buf	 query = { NULL, 0, 0, false };
	bool		 first = false;
	int		 ch, status = EXIT_TROUBLE, i, r;
	enum format	 fmt;

	memset(&m, 0, sizeof(m));
	if (!listopts_init(&lo, argc))
		return EXIT_TROUBLE;
	while ((ch = cli_getopt(c, argc, argv, "h" LISTOPTS_OUTPUT_SHORT,
	    longopts)) != -1) {
		if (ch == 'h') {
			status = cli_command_help(c);
			goto done;
		}
		if (ch == OPT_FIRST)
			first = true;
		else if ((r = listopts_option(c, &lo, ch, optarg)) <= 0)
			goto done;
	}
	if (optind == argc) {
		status = cli_usage_error(c, "what should I show? Give an id, "
		    "an ISBN or (part of) a title");
		goto done;
	}
	if (!listopts_done(c, &lo))
		goto done;
	for (i = optind; i < argc; i++) {
		if (i > optind)
			buf_adds(&query, " ");
		buf_adds(&query, argv[i]);
	}
	if (query.oom) {
		status = cli_error("out of memory");
		goto done;
	}

	if ((cat = cli_load(c)) == NULL)
		goto done;
	if (!match_find(cat, query.p, query.len, &m)) {
		status = cli_error("out of memory");
		goto done;
	}
	if (m.n == 0) {
		status = nothing_found(cat, query.p, query.len);
		goto done;
	}
	if (first)
		m.n = 1;
	fmt = listopts_output(c, &lo, cat, FORMAT_FULL, FORMAT_FULL);
	/* A whole record ends with how to get it (not with --fields). */
	lo.fopts.obtain = lo.fopts.fields == NULL;
	format_write(fmt, &c->out, m.v, m.n, &lo.fopts);
	status = cli_finish(c, EXIT_FOUND);
done:
	listopts_free(&lo);
	match_free(&m);
	buf_free(&query);
	catalog_free(cat);
	return status;
}
