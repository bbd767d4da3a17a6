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

	text_quote(q, sizeof(q), query, len, 80);
	fflush(stdout);
	fprintf(stderr, "%s: show: no publication matches \"%s\"\n", PROGNAME,
	    q);
	n = match_suggest(cat, query, len, near, SUGGESTIONS);
	if (n == SIZE_MAX)
		return cli_error("out of memory");
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

int
cmd_show(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		{ "first", no_argument, NULL, OPT_FIRST },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct catalog	*cat = NULL;
	struct match	 m;
	struct buf	 query = { NULL, 0, 0, false };
	bool		 first = false;
	int		 ch, fmt = -1, status = EXIT_TROUBLE, i;

	memset(&m, 0, sizeof(m));
	while ((ch = cli_getopt(c, argc, argv, "hf:", longopts)) != -1) {
		switch (ch) {
		case 'h':
			return cli_command_help(c);
		case OPT_FIRST:
			first = true;
			break;
		case 'f':
			if ((fmt = format_lookup(optarg)) < 0)
				return cli_usage_error(c, "unknown format "
				    "'%s'; formats are %s", optarg,
				    format_names());
			break;
		default:
			return EXIT_TROUBLE;
		}
	}
	if (optind == argc)
		return cli_usage_error(c, "what should I show? Give an id, "
		    "an ISBN or (part of) a title");
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
	fmt = (int)cli_output_format(c, fmt, FORMAT_FULL, FORMAT_FULL);
	format_write((enum format)fmt, &c->out, m.v, m.n);
	status = cli_finish(c, EXIT_FOUND);
done:
	match_free(&m);
	buf_free(&query);
	catalog_free(cat);
	return status;
}
