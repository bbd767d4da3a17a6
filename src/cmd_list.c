/*
 * cmd_list.c: iompubs list.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "filter.h"
#include "fold.h"
#include "format.h"
#include "lang.h"
#include "order.h"

enum {
	OPT_AVAILABLE = OPT__COMMAND_BASE,
	OPT_HAS
};

/*
 * A language the catalogue never uses and no table knows is probably a
 * typo; say so rather than print nothing.
 */
static bool
language_known(const struct catalog *cat, const char *arg)
{
	struct foldbuf	 fb = { NULL, 0 };
	struct str	 f;
	char		*q;
	size_t		 qlen, i, j;
	bool		 found = false;

	if (lang_lookup(arg, strlen(arg)) != NULL)
		return true;
	if ((q = fold_dup(arg, strlen(arg), &qlen)) == NULL)
		return true;	/* let the filter run into the OOM */
	for (i = 0; i < cat->npubs && !found; i++)
		for (j = 0; j < cat->pubs[i]->languages.n && !found; j++) {
			f = fold(&fb, cat->pubs[i]->languages.v[j].ptr,
			    cat->pubs[i]->languages.v[j].len);
			found = f.ptr != NULL && f.len == qlen &&
			    memcmp(f.ptr, q, qlen) == 0;
		}
	fold_free(&fb);
	free(q);
	return found;
}

static int
check_languages(struct cli *c, const struct catalog *cat, char **langs,
    size_t n)
{
	const char	*near;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (language_known(cat, langs[i]))
			continue;
		near = lang_suggest(langs[i], strlen(langs[i]));
		return cli_usage_error(c, "unknown language '%s'%s%s%s",
		    langs[i], near ? "; did you mean '" : "",
		    near ? near : "", near ? "'?" : "");
	}
	return EXIT_FOUND;
}

static int
add_filter(struct cli *c, struct filter *f, enum filter_kind kind,
    const char *opt, const char *arg)
{
	switch (filter_add(f, kind, arg)) {
	case FILTER_OK:
		return EXIT_FOUND;
	case FILTER_NOMEM:
		return cli_error("out of memory");
	case FILTER_BAD:
	default:
		return cli_usage_error(c, "%s: %s", opt, filter_error(f));
	}
}

int
cmd_list(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		{ "year", required_argument, NULL, 'y' },
		{ "language", required_argument, NULL, 'l' },
		{ "available", required_argument, NULL, OPT_AVAILABLE },
		{ "has", required_argument, NULL, OPT_HAS },
		{ "title", required_argument, NULL, 't' },
		{ "grep", required_argument, NULL, 'g' },
		{ "sort", required_argument, NULL, 's' },
		{ "reverse", no_argument, NULL, 'r' },
		{ "format", required_argument, NULL, 'f' },
		{ "limit", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 }
	};
	struct catalog	*cat = NULL;
	struct filter	*f;
	struct order	 ord;
	struct pub	**sel = NULL;
	char		**langs = NULL, err[256];
	size_t		 nlangs = 0, n = 0, i, limit = SIZE_MAX;
	int		 ch, fmt = -1, status = EXIT_TROUBLE, r;

	memset(&ord, 0, sizeof(ord));
	if ((f = filter_new()) == NULL ||
	    (langs = calloc((size_t)argc + 1, sizeof(*langs))) == NULL) {
		status = cli_error("out of memory");
		goto done;
	}
	while ((ch = cli_getopt(c, argc, argv, "hy:l:t:g:s:rf:n:",
	    longopts)) != -1) {
		r = EXIT_FOUND;
		switch (ch) {
		case 'h':
			status = cli_command_help(c);
			goto done;
		case 'y':
			r = add_filter(c, f, FILTER_YEAR, "--year", optarg);
			break;
		case 'l':
			langs[nlangs++] = optarg;
			r = add_filter(c, f, FILTER_LANGUAGE, "--language",
			    optarg);
			break;
		case OPT_AVAILABLE:
			r = add_filter(c, f, FILTER_AVAILABLE, "--available",
			    optarg);
			break;
		case OPT_HAS:
			r = add_filter(c, f, FILTER_HAS, "--has", optarg);
			break;
		case 't':
			r = add_filter(c, f, FILTER_TITLE, "--title", optarg);
			break;
		case 'g':
			r = add_filter(c, f, FILTER_GREP, "--grep", optarg);
			break;
		case 's':
			if (!order_parse(&ord, optarg, err, sizeof(err)))
				r = cli_usage_error(c, "--sort: %s", err);
			break;
		case 'r':
			ord.reverse = true;
			break;
		case 'f':
			if ((fmt = format_lookup(optarg)) < 0)
				r = cli_usage_error(c, "unknown format '%s'; "
				    "formats are %s", optarg, format_names());
			break;
		case 'n':
			if (!cli_parse_count(c, "--limit", optarg, &limit))
				r = EXIT_TROUBLE;
			break;
		default:
			r = EXIT_TROUBLE;
			break;
		}
		if (r != EXIT_FOUND)
			goto done;
	}
	if (optind < argc) {
		status = cli_usage_error(c, "unexpected argument '%s'; list "
		    "takes options only (did you mean 'show'?)", argv[optind]);
		goto done;
	}

	if ((cat = cli_load(c)) == NULL)
		goto done;
	if (check_languages(c, cat, langs, nlangs) != EXIT_FOUND)
		goto done;
	if ((sel = malloc((cat->npubs + 1) * sizeof(*sel))) == NULL) {
		status = cli_error("out of memory");
		goto done;
	}
	for (i = 0; i < cat->npubs; i++) {
		if ((r = filter_match(f, cat->pubs[i])) < 0) {
			status = cli_error("out of memory");
			goto done;
		}
		if (r)
			sel[n++] = cat->pubs[i];
	}
	if (!order_sort(&ord, sel, n)) {
		status = cli_error("out of memory");
		goto done;
	}
	if (n > limit)
		n = limit;
	fmt = (int)cli_output_format(c, fmt, FORMAT_TABLE, FORMAT_PLAIN);
	c->out.marker = filter_marker;
	c->out.marker_arg = f;
	if (n > 0 || fmt == FORMAT_JSON)
		format_write((enum format)fmt, &c->out, sel, n);
	status = cli_finish(c, n > 0 ? EXIT_FOUND : EXIT_NOTHING);
done:
	free(sel);
	free(langs);
	filter_free(f);
	catalog_free(cat);
	return status;
}
