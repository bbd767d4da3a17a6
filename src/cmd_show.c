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
#include "ids.h"
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

/* The ids a start could mean, after the line that says so. */
static void
list_ids(struct pub *const *v, size_t n)
{
	char	 id[128], title[128];
	size_t	 i, w = 0;

	for (i = 0; i < n; i++)
		if (v[i]->id.len > w)
			w = v[i]->id.len;
	for (i = 0; i < n; i++) {
		text_quote(id, sizeof(id), v[i]->id.ptr, v[i]->id.len, 60);
		text_quote(title, sizeof(title), v[i]->title.ptr,
		    v[i]->title.len, 50);
		fprintf(stderr, "    %-*s  %s\n", (int)(w < 60 ? w : 60), id,
		    title);
	}
}

static int
ambiguous(struct pub *const *v, size_t n, const char *where,
    const char *query, size_t len)
{
	char	 q[128];

	text_quote(q, sizeof(q), query, len, 60);
	fflush(stdout);
	fprintf(stderr, "%s: show: %s'%s' is the start of %zu ids; which "
	    "one?\n", PROGNAME, where, q, n);
	list_ids(v, n);
	return EXIT_TROUBLE;
}

/* --first: say that more matched, so that nothing is dropped unseen. */
static void
tell_others(const char *query, size_t len, size_t n)
{
	char	 q[128];

	if (n < 2)
		return;
	text_quote(q, sizeof(q), query, len, 60);
	fflush(stdout);
	fprintf(stderr, "%s: show: %zu other publication%s match%s \"%s\"; "
	    "without --first all are shown\n", PROGNAME, n - 1,
	    n - 1 == 1 ? "" : "s", n - 1 == 1 ? "es" : "", q);
}

/* The records to show, in order; grows as names are read. */
struct shown {
	struct pub	**v;
	size_t		 n;
	size_t		 cap;
};

static bool
shown_add(struct shown *S, struct pub *p)
{
	struct pub	**v;
	size_t		 cap;

	if (S->n == S->cap) {
		cap = S->cap ? S->cap * 2 : 16;
		if ((v = realloc(S->v, cap * sizeof(*v))) == NULL)
			return false;
		S->v = v;
		S->cap = cap;
	}
	S->v[S->n++] = p;
	return true;
}

/*
 * One name of a list (an argument, or a line of standard input, where
 * is "<stdin>:LINE: " or ""): its record is added to S, or a message
 * says why not.  Returns the exit status it earns.
 */
static int
show_name(const struct catalog *cat, struct shown *S, const char *where,
    const char *name, size_t len)
{
	struct pub	*p, **v = NULL;
	char		 q[128];
	size_t		 i, n = 0;
	int		 status;

	switch (match_name(cat, name, len, &p)) {
	case MATCH_NONE:
		text_quote(q, sizeof(q), name, len, 60);
		fflush(stdout);
		fprintf(stderr, "%s: show: %sno publication has the id or ISBN "
		    "'%s'\n", PROGNAME, where, q);
		return EXIT_NOTHING;
	case MATCH_AMBIGUOUS:
		if ((v = malloc(cat->npubs * sizeof(*v))) == NULL)
			return -1;
		for (i = 0; i < cat->npubs; i++)
			if (ids_has_prefix(cat->pubs[i]->id, name, len))
				v[n++] = cat->pubs[i];
		status = ambiguous(v, n, where, name, len);
		free(v);
		return status;
	default:
		return shown_add(S, p) ? EXIT_FOUND : -1;
	}
}

/* Does every argument name one record? */
static bool
all_names(const struct catalog *cat, char **argv, int argc)
{
	struct pub	*p;
	int		 i;

	for (i = 0; i < argc; i++)
		switch (match_name(cat, argv[i], strlen(argv[i]), &p)) {
		case MATCH_ID:
		case MATCH_IDENTIFIER:
		case MATCH_ID_PREFIX:
			continue;
		default:
			return false;
		}
	return true;
}

/* "show -": one name a line, the first tab-separated field of each. */
static int
names_from_stdin(const struct catalog *cat, struct shown *S)
{
	char	*line = NULL, where[48];
	size_t	 cap = 0, len, lineno = 0;
	ssize_t	 got;
	int	 status = EXIT_FOUND, r;

	while ((got = getline(&line, &cap, stdin)) != -1) {
		lineno++;
		len = strcspn(line, "\t\r\n");
		while (len > 0 && line[len - 1] == ' ')
			len--;
		r = (int)strspn(line, " ");
		if ((size_t)r >= len)
			continue;
		snprintf(where, sizeof(where), "<stdin>:%zu: ", lineno);
		if ((r = show_name(cat, S, where, line + r, len - (size_t)r)) <
		    0) {
			status = -1;
			break;
		}
		if (r > status)
			status = r;
	}
	if (ferror(stdin) && status >= 0)
		status = cli_error("error reading standard input");
	free(line);
	return status;
}

const struct command command_show = {
	"show", cmd_show,
	"show [--first] [--format FORMAT] [--fields FIELDS]\n"
	"[--template TEXT] [--csv-raw] [--style apa|chicago]\n"
	"QUERY ... | -",
	"show whole records by id, ISBN, ISSN or title",
	"Show whole records.  QUERY (its words joined by spaces) is an id, an\n"
	"ISBN, E-ISBN or ISSN (hyphens optional; an ISBN-10 finds its ISBN-13),\n"
	"a whole title, the start of one id, or part of a title, case and\n"
	"accents ignored.  The first of these kinds that finds something wins;\n"
	"every record it finds is shown, best first: titles starting with the\n"
	"query, then shorter.  A start shared by several ids is an error that\n"
	"lists them (exit status 2).\n"
	"\n"
	"When every QUERY is an id, an ISBN or ISSN, or the start of one id\n"
	"(with a '-' in it), each names one record, shown in the order given.\n"
	"With '-', the ids or ISBNs are read from standard input, one a line,\n"
	"the first tab-separated field of each: search's and list's output\n"
	"can be piped in.\n"
	"\n"
	"Examples:\n"
	"  iompubs show caring-for-trafficked-persons-2009\n"
	"  iompubs show investigating-human-trafficking\n"
	"  iompubs show 978-92-9068-466-4\n"
	"  iompubs show Caring for Trafficked Persons\n"
	"  iompubs show a-broken-dream-2013-awareness bali-process-2014\n"
	"  iompubs search fishers | iompubs show -\n"
	"  iompubs show --format json etat des lieux\n"
	"  iompubs show --format bibtex 978-92-9068-466-4 >> refs.bib\n"
	"  iompubs show --format cite --style chicago 978-92-9068-466-4\n"
	"\n"
	"Options:\n"
	"      --first            show only the best match (and say on\n"
	"                         standard error how many others matched)\n"
	"  -f, --format FORMAT    full (the default), plain, table, json, jsonl,\n"
	"                         tsv, csv, yaml, rec, bibtex, ris, csl-json, cite,\n"
	"                         html or template; see FORMATS in iompubs(1)\n"
	"      --fields LIST      write these fields, comma-separated (plain,\n"
	"                         table, full, json, jsonl, tsv, csv and rec)\n"
	"      --template TEXT    write TEXT, {FIELD} replaced by its value\n"
	"                         (implies --format template)\n"
	"      --csv-raw          csv: no ' before a formula-like value\n"
	"      --style STYLE      cite: apa (the default) or chicago\n"
	"\n"
	"Exit status: 0 all shown, 1 a QUERY found nothing, 2 trouble or an\n"
	"ambiguous start of an id.\n"
};

/* One query, the arguments joined: as many records as it finds. */
static int
show_query(struct cli *c, const struct catalog *cat, char **argv, int argc,
    bool first, struct shown *S)
{
	struct buf	 query = { NULL, 0, 0, false };
	struct match	 m;
	int		 i, status = EXIT_TROUBLE;

	memset(&m, 0, sizeof(m));
	for (i = 0; i < argc; i++) {
		if (i > 0)
			buf_adds(&query, " ");
		buf_adds(&query, argv[i]);
	}
	if (query.oom || !match_find(cat, query.p, query.len, &m)) {
		status = cli_error("out of memory");
		goto done;
	}
	if (m.how == MATCH_AMBIGUOUS) {
		status = ambiguous(m.v, m.n, "", query.p, query.len);
		goto done;
	}
	if (m.n == 0) {
		status = nothing_found(cat, query.p, query.len);
		goto done;
	}
	if (first) {
		tell_others(query.p, query.len, m.n);
		m.n = 1;
	}
	for (i = 0; (size_t)i < m.n; i++)
		if (!shown_add(S, m.v[i])) {
			status = cli_error("out of memory");
			goto done;
		}
	status = EXIT_FOUND;
done:
	(void)c;
	match_free(&m);
	buf_free(&query);
	return status;
}

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
	struct shown	 S = { NULL, 0, 0 };
	bool		 first = false, from_stdin;
	int		 ch, status = EXIT_TROUBLE, i, r;
	enum format	 fmt;

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
	from_stdin = argc - optind == 1 && strcmp(argv[optind], "-") == 0;
	if (from_stdin && c->catalog != NULL &&
	    strcmp(c->catalog, "-") == 0) {
		status = cli_usage_error(c, "'-' cannot read both names and "
		    "the catalogue from standard input");
		goto done;
	}
	if (!listopts_done(c, &lo))
		goto done;
	if ((cat = cli_load(c)) == NULL)
		goto done;
	if (from_stdin)
		status = names_from_stdin(cat, &S);
	else if (argc - optind > 1 && all_names(cat, argv + optind,
	    argc - optind)) {
		status = EXIT_FOUND;
		for (i = optind; i < argc && status >= 0; i++)
			status = show_name(cat, &S, "", argv[i],
			    strlen(argv[i]));
	} else
		status = show_query(c, cat, argv + optind, argc - optind,
		    first, &S);
	if (status < 0) {
		status = cli_error("out of memory");
		goto done;
	}
	if (S.n == 0) {
		if (status == EXIT_FOUND)	/* an empty standard input */
			status = EXIT_NOTHING;
		goto done;
	}
	fmt = listopts_output(c, &lo, cat, FORMAT_FULL, FORMAT_FULL);
	/* A whole record ends with how to get it (not with --fields). */
	lo.fopts.obtain = lo.fopts.fields == NULL;
	format_write(fmt, &c->out, S.v, S.n, &lo.fopts);
	status = cli_finish(c, status);
done:
	listopts_free(&lo);
	free(S.v);
	catalog_free(cat);
	return status;
}
