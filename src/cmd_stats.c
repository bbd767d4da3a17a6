/*
 * cmd_stats.c: iompubs stats.
 *
 * Counts the selected publications by year, decade, language or
 * availability.  A person gets a bar chart fitted to the terminal, a
 * program tab-separated lines under a header.
 *
 * Languages are counted by what they mean, not how they are spelled:
 * each spelling is folded and looked up once (a hash table of folded
 * spellings), and spellings of one ISO 639-1 language share a group, so
 * that counting stays linear in the records however many there are.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"
#include "cli.h"
#include "fold.h"
#include "format.h"
#include "htab.h"
#include "lang.h"
#include "listopts.h"
#include "out.h"
#include "suggest.h"
#include "text.h"

#define BAR_MIN		10	/* narrow the labels to keep this much bar */
#define LABEL_MIN	6	/* but cut no label shorter */
#define BAR_NOLIMIT	50	/* the bar's width with no screen width */
#define GAP		2	/* between label and count */
#define YEARS_FILLED	1000	/* fill no longer a run of empty years */

enum by {
	BY_YEAR,
	BY_DECADE,
	BY_LANGUAGE,
	BY_AVAILABILITY,
	BY_COUNTRY,
	BY__COUNT
};

static const char *const by_names[BY__COUNT] = {
	"year", "decade", "language", "availability", "country"
};

static const char *const by_headers[BY__COUNT] = {
	"YEAR", "DECADE", "LANGUAGE", "AVAILABILITY", "COUNTRY"
};

struct group {
	struct str	 label;		/* catalogue text or a fixed word */
	char		 name[24];	/* or else a year or decade */
	size_t		 count;
	size_t		 last;		/* the last record counted, index + 1 */
	const char	*key;		/* language: folded, to sort by */
};

struct groups {
	struct group	*v;
	size_t		 n;
	size_t		 cap;
};

/* A language spelling, folded, and the group it counts in. */
struct spelling {
	char		*folded;
	size_t		 len;
	size_t		 group;
};

/* Folded spellings, found by hash. */
struct spellings {
	struct spelling	*v;
	size_t		 n;
	struct htab	 index;		/* into v */
	size_t		*known;		/* per ISO 639-1 entry: group + 1 */
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
parse_by(struct cli *c, const char *arg, enum by *by)
{
	const char	*near;
	size_t		 len = strlen(arg);
	char		 q[64];

	switch (field_find(arg, len)) {
	case FIELD_YEAR:
		*by = BY_YEAR;
		return 1;
	case FIELD_LANGUAGES:
		*by = BY_LANGUAGE;
		return 1;
	case FIELD_AVAILABILITY:
		*by = BY_AVAILABILITY;
		return 1;
	case FIELD_COUNTRIES:
		*by = BY_COUNTRY;
		return 1;
	default:
		break;
	}
	if (strcasecmp(arg, "decade") == 0 || strcasecmp(arg, "decades") == 0) {
		*by = BY_DECADE;
		return 1;
	}
	near = suggest(arg, len, by_names, BY__COUNT);
	text_quote(q, sizeof(q), arg, len, 30);
	cli_usage_error(c, "--by must be year, decade, language, "
	    "availability or country, not '%s'%s%s%s", q, near ? "; did you mean '" :
	    "", near ? near : "", near ? "'?" : "");
	return -1;
}

/*
 * Groups.
 */

static struct group *
group_add(struct groups *G, struct str label)
{
	struct group	*v;
	size_t		 cap;

	if (G->n == G->cap) {
		cap = G->cap ? G->cap * 2 : 16;
		if ((v = realloc(G->v, cap * sizeof(*v))) == NULL)
			return NULL;
		G->v = v;
		G->cap = cap;
	}
	v = &G->v[G->n++];
	memset(v, 0, sizeof(*v));
	v->label = label;
	return v;
}

/* A group named by a year ("2015") or a decade ("2010s"). */
static struct group *
group_year(struct groups *G, long year, bool decade)
{
	struct group	*g;

	if ((g = group_add(G, STR_NONE)) == NULL)
		return NULL;
	snprintf(g->name, sizeof(g->name), "%ld%s", year, decade ? "s" : "");
	return g;
}

/* What a group is called. */
static struct str
group_label(const struct group *g)
{
	return g->name[0] != '\0' ? str_cstr(g->name) : g->label;
}

static int
cmp_long(const void *a, const void *b)
{
	long	 x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* Years or decades: sort the values, then count the runs. */
static bool
count_years(struct groups *G, struct pub **sel, size_t n, bool decade)
{
	struct group	*g;
	long		*v, y, step;
	size_t		 i, j;
	bool		 ok = true, fill;

	if ((v = malloc((n + 1) * sizeof(*v))) == NULL)
		return false;
	for (i = 0; i < n; i++)
		v[i] = decade ? sel[i]->year - sel[i]->year % 10 : sel[i]->year;
	qsort(v, n, sizeof(*v), cmp_long);
	/*
	 * Every year (decade) from the first to the last, those without
	 * a publication included: a gap left out would bend the chart.
	 */
	step = decade ? 10 : 1;
	fill = n > 0 && (v[n - 1] - v[0]) / step <= YEARS_FILLED;
	for (i = 0; ok && i < n; i = j) {
		for (j = i; j < n && v[j] == v[i]; j++)
			;
		for (y = i > 0 ? v[i - 1] + step : v[i]; ok && fill &&
		    y < v[i]; y += step)
			ok = group_year(G, y, decade) != NULL;
		g = ok ? group_year(G, v[i], decade) : NULL;
		if ((ok = g != NULL))
			g->count = j - i;
	}
	free(v);
	return ok;
}

static bool
count_availability(struct groups *G, struct pub **sel, size_t n)
{
	static const char *const words[] = { "pdf", "hardcopy", "none" };
	size_t		 count[3] = { 0, 0, 0 }, i;
	struct group	*g;

	for (i = 0; i < n; i++) {
		count[0] += (sel[i]->avail & AVAIL_PDF) != 0;
		count[1] += (sel[i]->avail & AVAIL_HARDCOPY) != 0;
		count[2] += sel[i]->avail == 0;
	}
	for (i = 0; i < 3; i++) {
		if (count[i] == 0)
			continue;
		if ((g = group_add(G, str_cstr(words[i]))) == NULL)
			return false;
		g->count = count[i];
	}
	return true;
}

/*
 * Countries: codes, as the catalogue writes them, sorted so that each
 * run is a group; then most publications first.
 */

static int
cmp_str(const void *a, const void *b)
{
	const struct str *x = a, *y = b;
	int	 c = memcmp(x->ptr, y->ptr, x->len < y->len ? x->len : y->len);

	return c != 0 ? c : (x->len > y->len) - (x->len < y->len);
}

static int
cmp_count_label(const void *a, const void *b)
{
	const struct group	*x = a, *y = b;

	if (x->count != y->count)
		return (x->count < y->count) - (x->count > y->count);
	return cmp_str(&x->label, &y->label);
}

static bool
count_countries(struct groups *G, struct pub **sel, size_t n)
{
	struct str	*v;
	struct group	*g;
	size_t		 i, j, k = 0, total = 0, none = 0;
	bool		 ok = true;

	for (i = 0; i < n; i++)
		total += sel[i]->countries.n;
	if ((v = malloc((total + 1) * sizeof(*v))) == NULL)
		return false;
	for (i = 0; i < n; i++) {
		none += sel[i]->countries.n == 0;
		for (j = 0; j < sel[i]->countries.n; j++)
			v[k++] = sel[i]->countries.v[j];
	}
	qsort(v, total, sizeof(*v), cmp_str);
	for (i = 0; ok && i < total; i = j) {
		for (j = i; j < total && cmp_str(&v[j], &v[i]) == 0; j++)
			;
		if ((ok = (g = group_add(G, v[i])) != NULL))
			g->count = j - i;
	}
	free(v);
	if (ok && G->n > 1)
		qsort(G->v, G->n, sizeof(*G->v), cmp_count_label);
	if (ok && none > 0) {
		if ((g = group_add(G, str_cstr("none"))) == NULL)
			return false;
		g->count = none;
	}
	return ok;
}

/*
 * Languages.
 */

/* Room for n spellings at most; false when out of memory. */
static bool
spellings_init(struct spellings *S, size_t n)
{
	size_t	 nlangs;

	memset(S, 0, sizeof(*S));
	if (!htab_init(&S->index, n))
		return false;
	lang_table(&nlangs);
	S->v = calloc(n + 1, sizeof(*S->v));
	S->known = calloc(nlangs, sizeof(*S->known));
	return S->v != NULL && S->known != NULL;
}

static void
spellings_free(struct spellings *S)
{
	size_t	 i;

	for (i = 0; i < S->n; i++)
		free(S->v[i].folded);
	free(S->v);
	htab_free(&S->index);
	free(S->known);
}

/*
 * The group of a spelling met for the first time: its language's, or a
 * new one named by it, sorted by key (the spelling folded).
 */
static size_t
language_group(struct groups *G, struct spellings *S, struct str s,
    const char *key)
{
	const struct lang	*l, *table;
	struct group		*g;
	size_t			 nlangs, k;

	table = lang_table(&nlangs);
	if (lang_find(s.ptr, s.len, &l) == LANG_NOMEM)
		return SIZE_MAX;
	if (l != NULL && S->known[k = (size_t)(l - table)] != 0)
		return S->known[k] - 1;
	if ((g = group_add(G, s)) == NULL)
		return SIZE_MAX;
	g->key = key;
	if (l != NULL)
		S->known[l - table] = G->n;
	return G->n - 1;
}

/* The group that s counts in; SIZE_MAX when out of memory. */
static size_t
spelling_group(struct groups *G, struct spellings *S, struct foldbuf *fb,
    struct str s)
{
	struct spelling	*sp;
	struct hslot	*sl;
	struct str	 f;
	size_t		 group;
	uint64_t	 h;

	if ((f = fold(fb, s.ptr, s.len)).ptr == NULL)
		return SIZE_MAX;
	h = htab_hash(f.ptr, f.len);
	for (sl = htab_first(&S->index, h); sl->idx != 0;
	    sl = htab_next(&S->index, sl)) {
		sp = &S->v[sl->idx - 1];
		if (sl->h == h && sp->len == f.len &&
		    memcmp(sp->folded, f.ptr, f.len) == 0)
			return sp->group;
	}
	sp = &S->v[S->n];
	if ((sp->folded = malloc(f.len + 1)) == NULL)
		return SIZE_MAX;
	memcpy(sp->folded, f.ptr, f.len + 1);
	sp->len = f.len;
	if ((group = language_group(G, S, s, sp->folded)) == SIZE_MAX) {
		free(sp->folded);
		return SIZE_MAX;
	}
	sp->group = group;
	sl->h = h;
	sl->idx = ++S->n;
	return group;
}

/* Most counted first, then by name, case and accents ignored. */
static int
cmp_language(const void *a, const void *b)
{
	const struct group	*x = a, *y = b;

	if (x->count != y->count)
		return (x->count < y->count) - (x->count > y->count);
	return strcmp(x->key, y->key);
}

static bool
count_record_languages(struct groups *G, struct spellings *S,
    struct foldbuf *fb, const struct pub *p)
{
	struct group	*g;
	size_t		 i, k;

	for (i = 0; i < p->languages.n; i++) {
		if ((k = spelling_group(G, S, fb, p->languages.v[i])) ==
		    SIZE_MAX)
			return false;
		g = &G->v[k];
		/* "Spanish" and "es" in one record count once. */
		if (g->last != p->index + 1) {
			g->last = p->index + 1;
			g->count++;
		}
	}
	return true;
}

static bool
count_languages(struct groups *G, struct pub **sel, size_t n)
{
	struct spellings S;
	struct foldbuf	 fb = { NULL, 0 };
	struct group	*g;
	size_t		 i, total = 0, none = 0;
	bool		 ok;

	for (i = 0; i < n; i++)
		total += sel[i]->languages.n;
	ok = spellings_init(&S, total);
	for (i = 0; ok && i < n; i++) {
		none += sel[i]->languages.n == 0;
		ok = count_record_languages(G, &S, &fb, sel[i]);
	}
	/* Two groups never share a key: languages are distinct. */
	if (ok && G->n > 1)
		qsort(G->v, G->n, sizeof(*G->v), cmp_language);
	/* Those without, last, like availability's "none". */
	if (ok && none > 0) {
		if ((g = group_add(G, str_cstr("none"))) == NULL)
			ok = false;
		else
			g->count = none;
	}
	fold_free(&fb);
	spellings_free(&S);
	return ok;
}

/*
 * Output.
 */

static void
write_tsv(struct out *o, enum by by, const struct groups *G)
{
	char	 num[32];
	size_t	 i;

	out_str(o, by_names[by]);
	out_str(o, "\tcount\n");
	for (i = 0; i < G->n; i++) {
		out_text(o, group_label(&G->v[i]));
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
chart_footer(struct out *o, enum by by, size_t total, struct scale sc,
    size_t lw, size_t cw)
{
	char	 text[96];
	size_t	 used, room;

	out_style(o, STYLE_HEADER);
	used = out_fit(o, str_cstr("TOTAL"), lw);
	out_unstyle(o, STYLE_HEADER);
	out_spaces(o, lw - used + GAP);
	snprintf(text, sizeof(text), "%*zu publication%s%s", (int)cw, total,
	    total == 1 ? "" : "s", by == BY_LANGUAGE ? ", each counted in "
	    "each of its languages" : by == BY_AVAILABILITY ? ", each "
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
chart_layout(const struct out *o, const char *head, const struct groups *G,
    size_t *lw, size_t *cw, size_t *bw)
{
	size_t	 i, max = 0, w, fixed, room;

	*lw = strlen(head) > 5 ? strlen(head) : 5;	/* "TOTAL" */
	for (i = 0; i < G->n; i++) {
		if ((w = out_width(group_label(&G->v[i]))) > *lw)
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
write_chart(struct out *o, enum by by, const struct groups *G, size_t total)
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
		used = out_fit(o, group_label(&G->v[i]), lw);
		out_unstyle(o, STYLE_LABEL);
		snprintf(num, sizeof(num), "%*zu ", (int)cw, G->v[i].count);
		out_spaces(o, lw - used + GAP);
		out_str(o, num);
		draw_bar(o, G->v[i].count, sc);
		out_char(o, '\n');
	}
	chart_footer(o, by, total, sc, lw, cw);
}

static bool
count(struct groups *G, enum by by, struct pub **sel, size_t n)
{
	switch (by) {
	case BY_YEAR:
	case BY_DECADE:
		return count_years(G, sel, n, by == BY_DECADE);
	case BY_LANGUAGE:
		return count_languages(G, sel, n);
	case BY_COUNTRY:
		return count_countries(G, sel, n);
	case BY_AVAILABILITY:
	default:
		return count_availability(G, sel, n);
	}
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
	struct groups	 G = { NULL, 0, 0 };
	struct catalog	*cat = NULL;
	struct pub	**sel = NULL;
	enum by		 by = BY_YEAR;
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
	if (!count(&G, by, sel, n)) {
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
	free(G.v);
	free(sel);
	listopts_free(&lo);
	catalog_free(cat);
	return status;
}
