/*
 * cmd_stats.c: iompubs stats.
 *
 * Counts the selected publications by year, decade, language or
 * availability.  A person gets a bar chart fitted to the terminal, a
 * program tab-separated lines under a header.
 * The counting itself is stats.c's.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"
#include "cli.h"
#include "format.h"
#include "listopts.h"
#include "out.h"
#include "stats.h"
#include "suggest.h"
#include "text.h"

#define BAR_MIN		10	/* narrow the labels to keep this much bar */
#define LABEL_MIN	6	/* but cut no label shorter */
#define BAR_NOLIMIT	50	/* the bar's width with no screen width */
#define GAP		2	/* between label and count */

static const char *const by_names[STATS__COUNT] = {
	"year", "decade", "language", "availability", "country"
};

static const char *const by_headers[STATS__COUNT] = {
	"YEAR", "DECADE", "LANGUAGE", "AVAILABILITY", "COUNTRY"
};

const struct command command_stats = {
	"stats", cmd_stats,
	"stats [--by year|decade|language|availability|country]\n"
	"[--year YEARS] [--language LANG] [--available pdf|hardcopy]\n"
	"[--has FIELD] [--country PLACE] [--title TEXT] [--grep REGEX]\n"
	"[--expr EXPR]",
	"count publications by year, decade, language, availability or country",
	"Count the publications, all of them or those that pass the filters,\n"
	"by year (the default), decade, language, availability or country.\n"
	"On a terminal the counts are drawn as a bar chart fitted to the\n"
	"screen, with the total and the scale of the bars under it; in a pipe\n"
	"they are tab-separated lines under a header (\"year<TAB>count\").\n"
	"Every year (decade) from the first to the last is shown, 0 for one\n"
	"without publications.\n"
	"\n"
	"A publication counts once in each of its languages; one language\n"
	"written differently (\"Spanish\", \"es\", \"español\") is one group, named\n"
	"as the catalogue first writes it.  Publications with no languages, or\n"
	"with neither a PDF nor a hard copy, or with no countries, count as\n"
	"\"none\".  A publication counts once in each of its countries.\n"
	"\n"
	"Examples:\n"
	"  iompubs stats\n"
	"  iompubs stats --by decade\n"
	"  iompubs stats --by language --year 2010..\n"
	"  iompubs stats --by availability --has isbn\n"
	"  iompubs stats --by country --country \"West Africa\"\n"
	"  iompubs stats --by language | sort -t \"$(printf '\\t')\" -k2,2nr\n"
	"\n"
	"Options:\n"
	"  -b, --by WHAT          year (oldest first), decade (\"2010s\", oldest\n"
	"                         first), language (most publications first) or\n"
	"                         availability (pdf, hardcopy, none) or country\n"
	"                         (ISO 3166-1 codes, most publications first)\n"
	"\n"
	"Filters, as for list:\n"
	"  -y, --year YEARS       2015, 2010..2015, 2016.. or ..2009\n"
	"  -l, --language LANG    a language name or ISO 639-1 code\n"
	"      --available WHAT   pdf or hardcopy\n"
	"      --has FIELD        records that have FIELD: isbn, issn, price, ...\n"
	"      --country PLACE    an ISO 3166-1 code, a country or a region\n"
	"  -t, --title TEXT       titles containing TEXT, ignoring case and accents\n"
	"  -g, --grep REGEX       title or abstract matches REGEX, ignoring case\n"
	"  -e, --expr EXPR        a filter expression\n"
	"\n"
	"Exit status: 0 if something was counted, 1 if the filters left\n"
	"nothing, 2 on errors.\n"
};

/*
 * What --by names: a field by any of its names (field_find(): "year",
 * "languages", "available", ...), or "decade(s)"; case ignored.
 */
static int
parse_by(struct cli *c, const char *arg, enum stats_by *by)
{
	const char	*near;
	size_t		 len = strlen(arg);
	char		 q[64];

	switch (field_find(arg, len)) {
	case FIELD_YEAR:
		*by = STATS_YEAR;
		return 1;
	case FIELD_LANGUAGES:
		*by = STATS_LANGUAGE;
		return 1;
	case FIELD_AVAILABILITY:
		*by = STATS_AVAILABILITY;
		return 1;
	case FIELD_COUNTRIES:
		*by = STATS_COUNTRY;
		return 1;
	default:
		break;
	}
	if (strcasecmp(arg, "decade") == 0 || strcasecmp(arg, "decades") == 0) {
		*by = STATS_DECADE;
		return 1;
	}
	near = suggest(arg, len, by_names, STATS__COUNT);
	text_quote(q, sizeof(q), arg, len, 30);
	cli_usage_error(c, "--by must be year, decade, language, "
	    "availability or country, not '%s'%s%s%s", q, near ? "; did you mean '" :
	    "", near ? near : "", near ? "'?" : "");
	return -1;
}

/*
 * Output.
 */

static void
write_tsv(struct out *o, enum stats_by by, const struct stats *G)
{
	char	 num[32];
	size_t	 i;

	out_str(o, by_names[by]);
	out_str(o, "\tcount\n");
	for (i = 0; i < G->n; i++) {
		out_text(o, stats_label(&G->v[i]));
		snprintf(num, sizeof(num), "\t%zu\n", G->v[i].count);
		out_str(o, num);
	}
}

/*
 * The scale of the bars, in whole numbers so that it can be stated:
 * each publication is cols columns, or each column is per publications.
 */
struct scale {
	size_t		 cols;		/* columns for one publication */
	size_t		 per;		/* publications for one column */
};

static struct scale
bar_scale(size_t max, size_t width)
{
	struct scale	 sc = { 1, 1 };

	if (max == 0 || width == 0)
		return sc;
	if (max <= width)
		sc.cols = width / max;
	else
		sc.per = (max + width - 1) / width;
	return sc;
}

/*
 * A bar of count at scale sc, in eighths of a column: full blocks, then
 * the partial block nearest the rest.  Every count but 0 shows at least
 * an eighth.
 */
static void
draw_bar(struct out *o, size_t count, struct scale sc)
{
	static const char *const part[8] = {
		"", "\u258f", "\u258e", "\u258d", "\u258c", "\u258b",
		"\u258a", "\u2589"
	};
	uint64_t	 eighths;
	size_t		 i;

	eighths = ((uint64_t)count * sc.cols * 8 * 2 + sc.per) / (2 * sc.per);
	if (eighths == 0 && count > 0)
		eighths = 1;
	for (i = 0; i < eighths / 8; i++)
		out_str(o, "\u2588");
	out_str(o, part[eighths % 8]);
}

/* Under the chart: the total, and what a bar's length means. */
static void
chart_footer(struct out *o, enum stats_by by, size_t total, struct scale sc,
    size_t lw, size_t cw)
{
	char	 text[96];
	size_t	 used, room;

	out_style(o, STYLE_HEADER);
	used = out_fit(o, str_cstr("TOTAL"), lw);
	out_unstyle(o, STYLE_HEADER);
	out_spaces(o, lw - used + GAP);
	snprintf(text, sizeof(text), "%*zu publication%s%s", (int)cw, total,
	    total == 1 ? "" : "s", by == STATS_LANGUAGE ? ", each counted in "
	    "each of its languages" : by == STATS_AVAILABILITY ? ", each "
	    "counted in each way it is available" : "");
	room = o->width > lw + GAP ? o->width - lw - GAP : 0;
	if (o->width > 0)
		out_fit(o, str_cstr(text), room);
	else
		out_str(o, text);
	out_char(o, '\n');
	if (sc.cols > 1)
		snprintf(text, sizeof(text), "Scale: %zu columns = 1 "
		    "publication", sc.cols);
	else
		snprintf(text, sizeof(text), "Scale: \u2588 = %zu publication%s",
		    sc.per, sc.per == 1 ? "" : "s");
	if (o->width > 0)
		out_fit(o, str_cstr(text), o->width);
	else
		out_str(o, text);
	out_char(o, '\n');
}

static size_t
digits(size_t n)
{
	size_t	 d = 1;

	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

/* Widths of the label, count and bar columns for the screen. */
static void
chart_layout(const struct out *o, const char *head, const struct stats *G,
    size_t *lw, size_t *cw, size_t *bw)
{
	size_t	 i, max = 0, w, fixed, room;

	*lw = strlen(head) > 5 ? strlen(head) : 5;	/* "TOTAL" */
	for (i = 0; i < G->n; i++) {
		if ((w = out_width(stats_label(&G->v[i]))) > *lw)
			*lw = w;
		if (G->v[i].count > max)
			max = G->v[i].count;
	}
	*cw = digits(max) > 5 ? digits(max) : 5;	/* "COUNT" */
	fixed = GAP + *cw + 1;
	if (o->width == 0) {
		*bw = BAR_NOLIMIT;
		return;
	}
	/*
	 * Long labels give way to the bars, down to LABEL_MIN; on a
	 * screen too narrow for both, they share what there is.
	 */
	room = o->width > fixed ? o->width - fixed : 0;
	if (*lw + BAR_MIN > room)
		*lw = room >= BAR_MIN + LABEL_MIN ? room - BAR_MIN :
		    (room + 1) / 2;
	*bw = room - *lw;
}

static void
write_chart(struct out *o, enum stats_by by, const struct stats *G, size_t total)
{
	const char	*head = by_headers[by];
	char		 num[32];
	struct scale	 sc;
	size_t		 i, lw, cw, bw, used, max = 0;

	chart_layout(o, head, G, &lw, &cw, &bw);
	for (i = 0; i < G->n; i++)
		if (G->v[i].count > max)
			max = G->v[i].count;
	sc = bar_scale(max, bw);
	out_style(o, STYLE_HEADER);
	used = out_fit(o, str_cstr(head), lw);
	out_spaces(o, lw - used + GAP + cw - 5);
	out_str(o, "COUNT");
	out_unstyle(o, STYLE_HEADER);
	out_char(o, '\n');
	for (i = 0; i < G->n; i++) {
		out_style(o, STYLE_LABEL);
		used = out_fit(o, stats_label(&G->v[i]), lw);
		out_unstyle(o, STYLE_LABEL);
		snprintf(num, sizeof(num), "%*zu ", (int)cw, G->v[i].count);
		out_spaces(o, lw - used + GAP);
		out_str(o, num);
		draw_bar(o, G->v[i].count, sc);
		out_char(o, '\n');
	}
	chart_footer(o, by, total, sc, lw, cw);
}

int
cmd_stats(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		LISTOPTS_FILTERS,
		{ "by", required_argument, NULL, 'b' },
		{ NULL, 0, NULL, 0 }
	};
	struct listopts	 lo;
	struct stats	 G = { NULL, 0, 0 };
	struct catalog	*cat = NULL;
	struct pub	**sel = NULL;
	enum stats_by		 by = STATS_YEAR;
	size_t		 n;
	int		 ch, status = EXIT_TROUBLE;
	char		 qa[CLI_QUOTE_MAX];

	if (!listopts_init(&lo, argc))
		goto done;
	while ((ch = cli_getopt(c, argc, argv, "hb:" LISTOPTS_FILTERS_SHORT,
	    longopts)) != -1) {
		if (ch == 'h') {
			status = cli_command_help(c);
			goto done;
		}
		if (ch == 'b') {
			if (parse_by(c, optarg, &by) < 0)
				goto done;
		} else if (listopts_option(c, &lo, ch, optarg) <= 0)
			goto done;	/* reported (or '?' from getopt) */
	}
	if (optind < argc) {
		status = cli_usage_error(c, "unexpected argument '%s'; stats "
		    "takes options only", cli_quote(qa, argv[optind]));
		goto done;
	}
	if (!listopts_done(c, &lo) || (cat = cli_load(c)) == NULL ||
	    (sel = listopts_select(c, &lo, cat, &n)) == NULL)
		goto done;
	if (!stats_count(&G, by, sel, n)) {
		status = cli_error("out of memory");
		goto done;
	}
	if (cli_output_format(c, -1, FORMAT_TABLE, FORMAT_PLAIN) ==
	    FORMAT_TABLE) {
		if (G.n > 0)
			write_chart(&c->out, by, &G, n);
	} else if (G.n > 0)
		write_tsv(&c->out, by, &G);
	if (n == 0)
		listopts_nothing(c, &lo, cat);
	status = cli_finish(c, n > 0 ? EXIT_FOUND : EXIT_NOTHING);
done:
	stats_free(&G);
	free(sel);
	listopts_free(&lo);
	catalog_free(cat);
	return status;
}
