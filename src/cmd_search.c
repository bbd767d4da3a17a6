/*
 * cmd_search.c: iompubs search.
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
#include "order.h"
#include "search.h"
#include "text.h"

const struct command command_search = {
	"search", cmd_search,
	"search [--year YEARS] [--language LANG]\n"
	"[--available pdf|hardcopy] [--has FIELD] [--title TEXT]\n"
	"[--grep REGEX] [--expr EXPR] [--sort KEYS] [--reverse]\n"
	"[--limit N] [--format FORMAT] [--fields FIELDS]\n"
	"[--template TEXT] [--csv-raw] [--style apa|chicago]\n"
	"WORD ...",
	"find publications by topic, best first",
	"Search titles, abstracts, ids and languages for WORDs and rank what\n"
	"is found, best first (BM25; a word in the title counts three times as\n"
	"much as one in the abstract).  Case and accents are ignored, words are\n"
	"lightly stemmed (fisher finds fishers), a hyphenated word also finds\n"
	"its parts and its joined form, and a \"quoted phrase\" must appear as\n"
	"such.  Common words (the, de, los) are ignored outside phrases.\n"
	"On a terminal each result shows its score and an extract with the\n"
	"words found; in a pipe the output is list's, in rank order.\n"
	"\n"
	"Examples:\n"
	"  iompubs search fishers\n"
	"  iompubs search caribbean -n 3\n"
	"  iompubs search explotacion laboral\n"
	"  iompubs search '\"forced labour\"' --year 2014..\n"
	"  iompubs search health providers --language es --format json\n"
	"\n"
	"Options: the filters of list (-y, -l, --available, --has, -t, -g, -e)\n"
	"narrow what is searched; -n, --limit N keeps the first N; -s, --sort\n"
	"KEYS orders the results by KEYS instead of rank, and -r, --reverse\n"
	"reverses the order;\n"
	"-f, --format FORMAT and --fields, --template, --csv-raw, --style as for\n"
	"list.\n"
	"Exit status: 0 found, 1 nothing found, 2 trouble.\n"
};

static int
nothing_found(struct cli *c, char **words, int n)
{
	struct buf	 b = { NULL, 0, 0, false };
	char		 q[256];
	int		 i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(&b, " ");
		buf_adds(&b, words[i]);
	}
	if (b.oom) {
		buf_free(&b);
		return cli_error("out of memory");
	}
	text_quote(q, sizeof(q), b.p != NULL ? b.p : "", b.len, 80);
	buf_free(&b);
	fflush(stdout);
	fprintf(stderr, "%s: %s: nothing found for \"%s\"\n", PROGNAME,
	    c->cmd->name, q);
	return EXIT_NOTHING;
}

/* Snippets for the results shown, kept in bufs. */
static bool
make_snippets(struct search *q, struct pub *const *v, size_t n, size_t width,
    struct snippet **snips, struct buf **bufs)
{
	size_t	 i;

	*snips = calloc(n + 1, sizeof(**snips));
	*bufs = calloc(n + 1, sizeof(**bufs));
	if (*snips == NULL || *bufs == NULL)
		return false;
	for (i = 0; i < n; i++)
		if (!search_snippet(q, v[i], width, &(*bufs)[i], &(*snips)[i]))
			return false;
	return true;
}

static int
run(struct cli *c, struct listopts *lo, struct search *q, char **words,
    int nwords)
{
	struct catalog		*cat;
	struct pub		**sel, **res = NULL;
	struct search_hit	*hits = NULL;
	struct snippet		*snips = NULL;
	struct buf		*bufs = NULL;
	double			*scores = NULL;
	size_t			 n, nhits = 0, i;
	enum format		 fmt;
	int			 status = EXIT_TROUBLE;

	if ((cat = cli_load(c)) == NULL)
		return EXIT_TROUBLE;
	if ((sel = listopts_select(c, lo, cat, &n)) == NULL)
		goto done;
	if (!search_run(q, sel, n, &hits, &nhits) ||
	    (res = malloc((nhits + 1) * sizeof(*res))) == NULL ||
	    (scores = malloc((nhits + 1) * sizeof(*scores))) == NULL)
		goto oom;
	for (i = 0; i < nhits; i++)
		res[i] = hits[i].p;
	/*
	 * --sort puts the results in another order than by rank; --reverse
	 * alone reverses the rank.
	 */
	if (lo->order.nkeys > 0) {
		if (!order_sort(&lo->order, res, nhits))
			goto oom;
	} else {
		for (i = 0; i < nhits; i++) {
			size_t k = lo->order.reverse ? nhits - 1 - i : i;
			res[i] = hits[k].p;
			scores[i] = hits[k].score;
		}
	}
	if (nhits > lo->limit)
		nhits = lo->limit;
	fmt = listopts_output(c, lo, cat, FORMAT_TABLE, FORMAT_PLAIN);
	out_add_marker(&c->out, search_marker, q);
	if (nhits == 0) {
		if (format_writes_empty(fmt))
			format_write(fmt, &c->out, res, 0, &lo->fopts);
		status = nothing_found(c, words, nwords);
		status = cli_finish(c, status);
		goto done;
	}
	if (fmt == FORMAT_TABLE && lo->fopts.fields == NULL && c->tty &&
	    lo->order.nkeys == 0) {
		if (!make_snippets(q, res, nhits, c->out.width, &snips, &bufs))
			goto oom;
		lo->fopts.scores = scores;
		lo->fopts.snippets = snips;
	}
	format_write(fmt, &c->out, res, nhits, &lo->fopts);
	status = cli_finish(c, EXIT_FOUND);
	goto done;
oom:
	status = cli_error("out of memory");
done:
	for (i = 0; bufs != NULL && i < nhits; i++)
		buf_free(&bufs[i]);
	free(bufs);
	free(snips);
	free(scores);
	free(res);
	free(hits);
	free(sel);
	catalog_free(cat);
	return status;
}

int
cmd_search(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		LISTOPTS_FILTERS,
		LISTOPTS_ORDER,
		LISTOPTS_OUTPUT,
		{ NULL, 0, NULL, 0 }
	};
	struct listopts		 lo;
	struct search		*q = NULL;
	enum search_status	 st;
	char			 err[256];
	int			 ch, status = EXIT_TROUBLE;

	if (!listopts_init(&lo, argc))
		return EXIT_TROUBLE;
	while ((ch = cli_getopt(c, argc, argv, "h" LISTOPTS_FILTERS_SHORT
	    LISTOPTS_ORDER_SHORT LISTOPTS_OUTPUT_SHORT, longopts)) != -1) {
		if (ch == 'h') {
			status = cli_command_help(c);
			goto done;
		}
		if (listopts_option(c, &lo, ch, optarg) <= 0)
			goto done;
	}
	if (optind == argc) {
		status = cli_usage_error(c, "what should I search for? Give "
		    "one or more words");
		goto done;
	}
	if (!listopts_done(c, &lo))
		goto done;
	q = search_new((const char *const *)argv + optind,
	    (size_t)(argc - optind), &st, err, sizeof(err));
	switch (st) {
	case SEARCH_OK:
		status = run(c, &lo, q, argv + optind, argc - optind);
		break;
	case SEARCH_NOMEM:
		status = cli_error("out of memory");
		break;
	default:
		status = cli_usage_error(c, "%s", err);
		break;
	}
done:
	search_free(q);
	listopts_free(&lo);
	return status;
}
