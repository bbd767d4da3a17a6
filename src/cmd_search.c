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

enum {
	OPT_EXACT = OPT__COMMAND_BASE
};

const struct command command_search = {
	"search", cmd_search,
	"search [--year YEARS] [--language LANG]\n"
	"[--available pdf|hardcopy] [--has FIELD] [--country PLACE]\n"
	"[--title TEXT] [--grep REGEX] [--expr EXPR] [--sort KEYS]\n"
	"[--reverse] [--limit N] [--format FORMAT] [--fields FIELDS]\n"
	"[--template TEXT] [--csv-raw] [--style apa|chicago]\n"
	"[--exact] WORD ...",
	"find publications by topic, place or audience, best first",
	"Search titles, abstracts, ids, languages and countries for what the\n"
	"WORDs mean, in English, French or Spanish, and rank what is found,\n"
	"best first.  Each word (or \"quoted phrase\", or hyphenated word) is a\n"
	"concept; records are ranked by BM25, a word in the title counting\n"
	"three times as much as one in the abstract, times the share of the\n"
	"concepts they have, a rare concept weighing more than a common one.\n"
	"A concept is found in its own words (case and accents ignored, stemmed\n"
	"by Snowball: fisher finds fishers, explotaciones finds explotación),\n"
	"in its other spelling (labor, labour), its family (woman, women;\n"
	"fisheries, fishing), a country by any of its names in the three\n"
	"languages (Vietnam, Viet Nam, Viêt Nam), a region by its countries\n"
	"(West Africa finds Ghana) and, typed without quotes, by its words\n"
	"apart (Horn of Africa finds \"East Africa and the Horn\"), and the\n"
	"concept's terms in the other languages (trata finds trafficking),\n"
	"each weighing less than the words typed.  A word that no record has\n"
	"is left out if it is an English, French or Spanish word (stderr: no\n"
	"record has \"count\"; searching without it), else taken for a typo:\n"
	"the nearest word that records have is searched for instead, and\n"
	"stderr says so.  A \"quoted phrase\" must appear as such, but a\n"
	"quoted place is the place (\"West Africa\" finds Ghana too); common\n"
	"words (the, how, de, los) are ignored outside phrases, and a query of\n"
	"only common words finds nothing (exit status 1).  On a terminal each\n"
	"result shows its score (that product) and an extract with the words\n"
	"found; in a pipe the output is list's, in rank order; json and jsonl\n"
	"add \"score\".\n"
	"\n"
	"Examples:\n"
	"  iompubs search trafficking in fisheries\n"
	"  iompubs search Vietnam                     # or Viet Nam, Viêt Nam\n"
	"  iompubs search West Africa -n 3            # finds Ghana\n"
	"  iompubs search trafiking                   # searches for trafficking\n"
	"  iompubs search atención de salud a víctimas de trata\n"
	"  iompubs search '\"forced labour\"' --year 2010..\n"
	"  iompubs search health providers --language es --format json\n"
	"\n"
	"Options: the filters of list (-y, -l, --available, --has, --country,\n"
	"-t, -g, -e)\n"
	"narrow what is searched; -n, --limit N keeps the best N, before any\n"
	"--sort; -s, --sort KEYS orders the results by KEYS instead of rank,\n"
	"and -r, --reverse reverses the order; --exact searches for the words\n"
	"as typed (case and accents still ignored): no stems, spellings,\n"
	"families, places, thesaurus or typo correction;\n"
	"-f, --format FORMAT and --fields, --template, --csv-raw, --style as\n"
	"for list.\n"
	"Exit status: 0 found, 1 nothing found, 2 trouble.\n"
};

/*
 * Say which words were searched for instead of the ones typed, which
 * were left out, and which places no record is about.
 */
static void
say_corrections(const struct search *q)
{
	const struct search_correction *v;
	char	 a[128], b[128];
	size_t	 n, i;

	v = search_corrections(q, &n);
	for (i = 0; i < n; i++) {
		text_quote(b, sizeof(b), v[i].typed, strlen(v[i].typed), 60);
		if (v[i].used != NULL)
			text_quote(a, sizeof(a), v[i].used, strlen(v[i].used),
			    60);
		switch (v[i].kind) {
		case SEARCH_FIX_TYPO:
			fprintf(stderr, "%s: searching for \"%s\" (no record "
			    "has \"%s\")\n", PROGNAME, a, b);
			break;
		case SEARCH_FIX_LEFT_OUT:
			fprintf(stderr, "%s: no record has \"%s\"; searching "
			    "without it\n", PROGNAME, b);
			break;
		case SEARCH_FIX_NOWHERE:
			fprintf(stderr, "%s: no record is about %s%s%s%s\n",
			    PROGNAME, b, v[i].used != NULL ? " (" : "",
			    v[i].used != NULL ? a : "",
			    v[i].used != NULL ? ")" : "");
			break;
		}
	}
}

static int
nothing_found(struct cli *c, const struct listopts *lo,
    const struct search *s, char **words, int n)
{
	const char *const *near;
	const char	*open;
	size_t		 nnear, k, len = 0, w;
	char		 typed[1024], q[256];
	int		 i;

	/*
	 * The query as typed, joined in place: no allocation, so nothing
	 * here can fail once a format's empty result is written.  Only its
	 * start is quoted.
	 */
	for (i = 0; i < n && len + 1 < sizeof(typed); i++) {
		if (i > 0)
			typed[len++] = ' ';
		w = strlen(words[i]);
		if (w > sizeof(typed) - 1 - len)
			w = sizeof(typed) - 1 - len;
		memcpy(typed + len, words[i], w);
		len += w;
	}
	typed[len] = '\0';
	say_corrections(s);
	text_quote(q, sizeof(q), typed, len, 80);
	/* A "quoted phrase" is shown as typed, inside single quotes. */
	open = strchr(typed, '"') != NULL ? "'" : "\"";
	fflush(stdout);
	/* The filters too: they may be what left nothing. */
	fprintf(stderr, "%s: %s: nothing found for %s%s%s%s%s\n", PROGNAME,
	    c->cmd->name, open, q, open, lo->asked.len > 0 && !lo->asked.oom ?
	    " with " : "", lo->asked.len > 0 && !lo->asked.oom ?
	    lo->asked.p : "");
	near = search_suggestions(s, &nnear);
	for (k = 0; k < nnear; k++) {
		text_quote(q, sizeof(q), near[k], strlen(near[k]), 60);
		if (k == 0)
			fprintf(stderr, "%s: %s: words that records have:",
			    PROGNAME, c->cmd->name);
		fprintf(stderr, "%s %s%s", k == 0 ? "" : ",", q,
		    k + 1 == nnear ? "\n" : "");
	}
	return EXIT_NOTHING;
}

/*
 * A query of only common words ("the of"): found in nearly every record,
 * it would tell none apart.  Nothing is found, as when no record has a
 * word, so that a pipe gets what it would then get (json's []).
 */
static int
too_common(struct cli *c, struct listopts *lo, const char *why)
{
	struct catalog	*cat;
	struct pub	*none[1] = { NULL };
	enum format	 fmt;

	if ((cat = cli_load(c)) == NULL)
		return EXIT_TROUBLE;
	fmt = listopts_output(c, lo, cat, FORMAT_TABLE, FORMAT_PLAIN);
	if (format_writes_empty(fmt))
		format_write(fmt, &c->out, none, 0, &lo->fopts);
	fflush(stdout);
	fprintf(stderr, "%s: %s: %s\n", PROGNAME, c->cmd->name, why);
	catalog_free(cat);
	return cli_finish(c, EXIT_NOTHING);
}

/* Snippets for the results shown, kept in bufs. */
static bool
make_snippets(struct search *q, struct pub *const *v, size_t n, size_t width,
    struct snippet **snips, struct buf **bufs)
{
	size_t	 i;

	/* No limit (--width 0): an extract as long as on 80 columns. */
	if (width == 0)
		width = 80;
	*snips = calloc(n + 1, sizeof(**snips));
	*bufs = calloc(n + 1, sizeof(**bufs));
	if (*snips == NULL || *bufs == NULL)
		return false;
	for (i = 0; i < n; i++)
		if (!search_snippet(q, v[i], width, &(*bufs)[i], &(*snips)[i]))
			return false;
	return true;
}

/* The score of each of res[0..n), which --sort reordered. */
static bool
scores_in_order(const struct search_hit *hits, struct pub *const *res,
    size_t n, size_t npubs, double *scores)
{
	double	*by_index;
	size_t	 i;

	if ((by_index = calloc(npubs + 1, sizeof(*by_index))) == NULL)
		return false;
	for (i = 0; i < n; i++)
		by_index[hits[i].p->index] = hits[i].score;
	for (i = 0; i < n; i++)
		scores[i] = by_index[res[i]->index];
	free(by_index);
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
	/* -n keeps the best N, whatever order they are then shown in. */
	if (nhits > lo->limit)
		nhits = lo->limit;
	for (i = 0; i < nhits; i++)
		res[i] = hits[i].p;
	/*
	 * --sort puts the results in another order than by rank; --reverse
	 * alone reverses the rank.
	 */
	if (lo->order.nkeys > 0) {
		if (!order_sort(&lo->order, res, nhits) ||
		    !scores_in_order(hits, res, nhits, cat->npubs, scores))
			goto oom;
	} else {
		for (i = 0; i < nhits; i++) {
			size_t k = lo->order.reverse ? nhits - 1 - i : i;
			res[i] = hits[k].p;
			scores[i] = hits[k].score;
		}
	}
	fmt = listopts_output(c, lo, cat, FORMAT_TABLE, FORMAT_PLAIN);
	out_add_marker(&c->out, search_marker, q);
	if (nhits == 0) {
		if (format_writes_empty(fmt))
			format_write(fmt, &c->out, res, 0, &lo->fopts);
		/* Out of memory already: cli_finish() says only that. */
		status = c->out.oom ? EXIT_TROUBLE :
		    nothing_found(c, lo, q, words, nwords);
		status = cli_finish(c, status);
		goto done;
	}
	/* Scores, in rank order, for json and jsonl. */
	if (fmt == FORMAT_JSON || fmt == FORMAT_JSONL)
		lo->fopts.scores = scores;
	if (fmt == FORMAT_TABLE && lo->fopts.fields == NULL && c->tty &&
	    lo->order.nkeys == 0) {
		if (!make_snippets(q, res, nhits, c->out.width, &snips, &bufs))
			goto oom;
		lo->fopts.scores = scores;
		lo->fopts.snippets = snips;
	}
	format_write(fmt, &c->out, res, nhits, &lo->fopts);
	/*
	 * What was searched for instead of what was typed is said once the
	 * results are sure to be shown: never a note, then "out of memory".
	 */
	if (!c->out.oom)
		say_corrections(q);
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

/*
 * $IOMPUBS_SEARCH_WITHOUT: a comma-separated list of what search should
 * do without (stems, spellings, families, thesaurus, places, typos,
 * coverage), to measure what each buys (tests/search/eval.py).
 */
static bool
features_off(struct cli *c, unsigned *off)
{
	const char	*s = getenv("IOMPUBS_SEARCH_WITHOUT"), *e;
	char		 q[64];
	unsigned	 bit;

	for (; s != NULL && *s != '\0'; s = *e == ',' ? e + 1 : e) {
		if ((e = strchr(s, ',')) == NULL)
			e = s + strlen(s);
		if ((bit = search_off_lookup(s, (size_t)(e - s))) == 0) {
			text_quote(q, sizeof(q), s, (size_t)(e - s), 30);
			cli_usage_error(c, "IOMPUBS_SEARCH_WITHOUT: unknown "
			    "feature '%s' (stems, spellings, families, "
			    "thesaurus, places, typos, coverage)", q);
			return false;
		}
		*off |= bit;
	}
	return true;
}

int
cmd_search(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		LISTOPTS_FILTERS,
		LISTOPTS_ORDER,
		LISTOPTS_OUTPUT,
		{ "exact", no_argument, NULL, OPT_EXACT },
		{ NULL, 0, NULL, 0 }
	};
	struct listopts		 lo;
	struct search		*q = NULL;
	struct search_opts	 so = { 0 };
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
		if (ch == OPT_EXACT) {
			so.off = SEARCH_OFF_ALL;
			continue;
		}
		if (listopts_option(c, &lo, ch, optarg) <= 0)
			goto done;
	}
	if (optind == argc) {
		status = cli_usage_error(c, "what should I search for? Give "
		    "one or more words");
		goto done;
	}
	if (!listopts_done(c, &lo) || !features_off(c, &so.off))
		goto done;
	q = search_new_opts((const char *const *)argv + optind,
	    (size_t)(argc - optind), &so, &st, err, sizeof(err));
	switch (st) {
	case SEARCH_OK:
		status = run(c, &lo, q, argv + optind, argc - optind);
		break;
	case SEARCH_COMMON:
		status = too_common(c, &lo, err);
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
