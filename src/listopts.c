/*
 * listopts.c: options shared by the commands that select and print.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "catalog.h"
#include "cite.h"
#include "cli.h"
#include "expr.h"
#include "filter.h"
#include "fold.h"
#include "ids.h"
#include "format.h"
#include "lang.h"
#include "listopts.h"
#include "order.h"
#include "rx.h"
#include "out.h"
#include "suggest.h"
#include "text.h"

bool
listopts_init(struct listopts *lo, int argc)
{
	memset(lo, 0, sizeof(*lo));
	lo->limit = SIZE_MAX;
	lo->format = -1;
	if ((lo->filter = filter_new()) == NULL ||
	    (lo->langs = calloc((size_t)argc + 1, sizeof(*lo->langs))) ==
	    NULL) {
		listopts_free(lo);
		cli_error("out of memory");
		return false;
	}
	return true;
}

void
listopts_free(struct listopts *lo)
{
	filter_free(lo->filter);
	free(lo->langs);
	free(lo->id_unique);
	free(lo->views);
	lo->id_unique = NULL;
	lo->views = NULL;
	buf_free(&lo->asked);
	lo->filter = NULL;
	lo->langs = NULL;
}

static int
add_filter(struct cli *c, struct filter *f, enum filter_kind kind,
    const char *opt, const char *arg)
{
	if (filter_add(f, kind, arg) == FILTER_OK)
		return 1;
	if (filter_oom(f))
		cli_error("out of memory");
	else
		cli_usage_error(c, "%s: %s", opt, filter_error(f));
	return -1;
}

/* Show where in the expression the trouble is. */
static int
bad_expression(struct cli *c, struct filter *f, const char *arg)
{
	size_t	 col = filter_error_column(f), off, chars, len = strlen(arg);
	char	 shown[1024];

	fprintf(stderr, "%s: %s: -e:%zu: %s\n", PROGNAME, c->cmd->name, col,
	    filter_error(f));
	/* The caret goes under the column, wide characters and all. */
	for (off = 0, chars = 1; off < len && chars < col; off++)
		if (((unsigned char)arg[off] & 0xc0) != 0x80)
			chars++;
	while (off < len && ((unsigned char)arg[off] & 0xc0) == 0x80)
		off++;
	text_quote(shown, sizeof(shown), arg, len, sizeof(shown) / 8);
	fprintf(stderr, "    %s\n    %*s^\n", shown,
	    (int)out_width(str_make(arg, off)), "");
	fprintf(stderr, "see '%s %s --help' or 'man iompubs' (EXPRESSIONS)\n",
	    PROGNAME, c->cmd->name);
	return -1;
}

static void
bad_format(struct cli *c, const char *arg)
{
	const char	*names[FORMAT__COUNT], *near;
	char		 q[64];
	int		 i;

	for (i = 0; i < FORMAT__COUNT; i++)
		names[i] = format_name((enum format)i);
	near = suggest(arg, strlen(arg), names, FORMAT__COUNT);
	text_quote(q, sizeof(q), arg, strlen(arg), 30);
	if (near != NULL)
		cli_usage_error(c, "unknown format '%s'; did you mean '%s'? "
		    "Formats are %s", q, near, format_names());
	else
		cli_usage_error(c, "unknown format '%s'; formats are %s", q,
		    format_names());
}

/* Keep a filter as the user gave it: "--year 1999". */
static void
ask(struct listopts *lo, const char *opt, const char *arg)
{
	char	 q[128];

	text_quote(q, sizeof(q), arg, strlen(arg), 40);
	if (lo->asked.len > 0)
		buf_adds(&lo->asked, " ");
	buf_printf(&lo->asked, strpbrk(q, " \t'") != NULL ? "%s '%s'" :
	    "%s %s", opt, q);
}

int
listopts_option(struct cli *c, struct listopts *lo, int ch, const char *arg)
{
	static const struct {
		int		 ch;
		const char	*name;
	} filters[] = {
		{ 'y', "--year" }, { 'l', "--language" },
		{ OPT_AVAILABLE, "--available" }, { OPT_HAS, "--has" },
		{ 't', "--title" }, { 'g', "--grep" }, { 'e', "-e" }
	};
	char	 err[256];
	size_t	 i;
	int	 fmt;

	for (i = 0; i < sizeof(filters) / sizeof(filters[0]); i++)
		if (filters[i].ch == ch) {
			ask(lo, filters[i].name, arg);
			lo->nasked++;
			lo->asked_ch = ch;
		}
	switch (ch) {
	case 'y':
		return add_filter(c, lo->filter, FILTER_YEAR, "--year", arg);
	case 'l':
		lo->langs[lo->nlangs++] = arg;
		return add_filter(c, lo->filter, FILTER_LANGUAGE, "--language",
		    arg);
	case OPT_AVAILABLE:
		return add_filter(c, lo->filter, FILTER_AVAILABLE,
		    "--available", arg);
	case OPT_HAS:
		return add_filter(c, lo->filter, FILTER_HAS, "--has", arg);
	case OPT_COUNTRY:
		return add_filter(c, lo->filter, FILTER_COUNTRY, "--country",
		    arg);
	case 't':
		return add_filter(c, lo->filter, FILTER_TITLE, "--title", arg);
	case 'g':
		return add_filter(c, lo->filter, FILTER_GREP, "--grep", arg);
	case 'e':
		if (filter_expr(lo->filter, arg) == FILTER_OK)
			return 1;
		if (!filter_oom(lo->filter))
			return bad_expression(c, lo->filter, arg);
		cli_error("out of memory");
		return -1;
	case 's':
		if (order_parse(&lo->order, arg, err, sizeof(err)))
			return 1;
		cli_usage_error(c, "--sort: %s", err);
		return -1;
	case 'r':
		lo->order.reverse = true;
		return 1;
	case 'n':
		return cli_parse_count(c, "--limit", arg, &lo->limit) ? 1 : -1;
	case 'f':
		if ((fmt = format_lookup(arg)) < 0) {
			bad_format(c, arg);
			return -1;
		}
		lo->format = fmt;
		return 1;
	case OPT_FIELDS:
		if (!format_parse_fields(arg, lo->fields, &lo->fopts.nfields,
		    err, sizeof(err))) {
			cli_usage_error(c, "--fields: %s", err);
			return -1;
		}
		lo->fopts.fields = lo->fields;
		return 1;
	case OPT_TEMPLATE:
		if (!template_check(arg, err, sizeof(err))) {
			cli_usage_error(c, "--template: %s", err);
			return -1;
		}
		lo->fopts.template = arg;
		return 1;
	case OPT_CSV_RAW:
		lo->fopts.csv_raw = true;
		return 1;
	case OPT_BOM:
		lo->fopts.bom = true;
		return 1;
	case OPT_STYLE:
		if ((fmt = cite_style_lookup(arg)) < 0) {
			cli_usage_error(c, "--style: unknown style '%s'; styles "
			    "are apa and chicago", arg);
			return -1;
		}
		lo->fopts.cite_style = fmt;
		lo->style_given = true;
		return 1;
	default:
		return 0;
	}
}

bool
listopts_done(struct cli *c, struct listopts *lo)
{
	/* --template says what to write; --format template alone cannot. */
	if (lo->fopts.template != NULL && lo->format < 0)
		lo->format = FORMAT_TEMPLATE;
	if (lo->format == FORMAT_TEMPLATE && lo->fopts.template == NULL) {
		cli_usage_error(c, "--format template needs --template TEXT");
		return false;
	}
	if (lo->fopts.template != NULL && lo->format != FORMAT_TEMPLATE) {
		cli_usage_error(c, "--template does not go with --format %s",
		    format_name((enum format)lo->format));
		return false;
	}
	if (lo->editions && (lo->format == FORMAT_YAML ||
	    lo->format == FORMAT_HTML)) {
		cli_usage_error(c, "--editions does not go with --format %s, "
		    "which keeps editions inside their record",
		    format_name((enum format)lo->format));
		return false;
	}
	lo->fopts.editions = lo->editions;
	if (lo->style_given && lo->format != FORMAT_CITE) {
		cli_usage_error(c, "--style goes only with --format cite");
		return false;
	}
	if (lo->fopts.bom && lo->format != FORMAT_CSV) {
		cli_usage_error(c, "--bom goes only with --format csv");
		return false;
	}
	if (lo->fopts.csv_raw && lo->format != FORMAT_CSV) {
		cli_usage_error(c, "--csv-raw goes only with --format csv");
		return false;
	}
	if (lo->fopts.fields != NULL && lo->format >= 0 &&
	    !format_has_fields((enum format)lo->format)) {
		cli_usage_error(c, "--fields does not go with --format %s",
		    format_name((enum format)lo->format));
		return false;
	}
	return true;
}

unsigned
listopts_unneeded(const struct listopts *lo, enum format dflt)
{
	unsigned	 big = 1u << FIELD_ABSTRACT | 1u << FIELD_NOTES;
	unsigned	 need;
	size_t		 i;
	int		 f = lo->format >= 0 ? lo->format : (int)dflt;

	need = filter_fields(lo->filter);
	if (f != FORMAT_PLAIN && f != FORMAT_TABLE)
		return 0;		/* these print every field */
	for (i = 0; lo->fopts.fields != NULL && i < lo->fopts.nfields; i++)
		need |= 1u << lo->fopts.fields[i];
	return big & ~need;
}

/*
 * A language the catalogue never uses and no table knows is probably a
 * typo; say so rather than print nothing.  Returns 1 if known, 0 if
 * not, -1 when out of memory.
 */
static int
language_known(const struct catalog *cat, const char *arg)
{
	struct foldbuf		 fb = { NULL, 0 };
	struct str		 f;
	char			*q;
	size_t			 qlen, i, j;
	int			 found = 0;
	bool			 oom = false;

	if (lang_find(arg, strlen(arg), &oom) != NULL)
		return 1;
	if (oom)
		return -1;
	if ((q = fold_dup(arg, strlen(arg), &qlen)) == NULL)
		return -1;
	for (i = 0; i < cat->npubs && found == 0; i++)
		for (j = 0; j < cat->pubs[i]->languages.n && found == 0; j++) {
			f = fold(&fb, cat->pubs[i]->languages.v[j].ptr,
			    cat->pubs[i]->languages.v[j].len);
			if (f.ptr == NULL)
				found = -1;
			else if (f.len == qlen && memcmp(f.ptr, q, qlen) == 0)
				found = 1;
		}
	fold_free(&fb);
	free(q);
	return found;
}

/*
 * The catalogue's languages, as it first writes each, into b ("English,
 * French, ..."): the suggestion for a language no table knows.
 */
static void
catalogue_languages(const struct catalog *cat, struct buf *b)
{
	const struct lang	*l, *seen[64];
	size_t			 i, j, k, nseen = 0;

	for (i = 0; i < cat->npubs; i++)
		for (j = 0; j < cat->pubs[i]->languages.n; j++) {
			struct str s = cat->pubs[i]->languages.v[j];
			if ((l = lang_find(s.ptr, s.len, &b->oom)) == NULL)
				continue;
			for (k = 0; k < nseen && seen[k] != l; k++)
				;
			if (k < nseen || nseen == 64)
				continue;
			if (nseen > 0)
				buf_adds(b, ", ");
			seen[nseen++] = l;
			buf_adds(b, l->english);
		}
}

static bool
check_languages(struct cli *c, const struct listopts *lo,
    const struct catalog *cat)
{
	struct buf	 known = { NULL, 0, 0, false };
	const char	*near;
	char		 q[64];
	size_t		 i;

	for (i = 0; i < lo->nlangs; i++) {
		switch (language_known(cat, lo->langs[i])) {
		case 1:
			continue;
		case -1:
			cli_error("out of memory");
			return false;
		default:
			break;
		}
		text_quote(q, sizeof(q), lo->langs[i], strlen(lo->langs[i]),
		    30);
		if ((near = lang_suggest(lo->langs[i], strlen(lo->langs[i]))) !=
		    NULL) {
			cli_usage_error(c, "unknown language '%s'; did you mean "
			    "'%s'?", q, near);
			return false;
		}
		catalogue_languages(cat, &known);
		if (known.oom)
			cli_error("out of memory");
		else
			cli_usage_error(c, "unknown language '%s'; the "
			    "catalogue's are %s", q, known.len > 0 ? known.p :
			    "none");
		buf_free(&known);
		return false;
	}
	return true;
}

/* A regular expression took more steps on p than rx.h allows. */
static void
costly(const struct listopts *lo, const struct catalog *cat,
    const struct pub *p)
{
	char		 name[256], id[160];
	enum field	 field = (enum field)filter_costly_field(lo->filter);

	text_quote(name, sizeof(name), cat->name, strlen(cat->name), 80);
	text_quote(id, sizeof(id), p->id.ptr, p->id.len, 40);
	cli_error("%s:%lu:%lu: matching the regular expression against the "
	    "'%s' of record '%s' took more than its limit of steps (%d and "
	    "%d for each byte); give a simpler expression", name,
	    (unsigned long)p->field_at[field].line,
	    (unsigned long)p->field_at[field].col, field_name(field), id,
	    RX_STEPS_BASE, RX_STEPS_PER_BYTE);
}

/*
 * Does the filter pass p?  1 or 0; -1 after reporting an error (memory,
 * or a regular expression that took too long).
 */
static int
passes(const struct listopts *lo, const struct catalog *cat,
    const struct pub *p)
{
	int	 r = filter_match(lo->filter, p);

	if (r == FILTER_COSTLY) {
		costly(lo, cat, pub_record(p));
		return -1;
	}
	if (filter_oom(lo->filter)) {
		cli_error("out of memory");
		return -1;
	}
	return r != 0;
}

/*
 * The rows the filter passes into sel: the records, or with --editions
 * each edition of a record (a record without editions is one), whose
 * views live in lo->views.  Returns how many, or SIZE_MAX after
 * reporting an error.
 */
static size_t
select_rows(struct listopts *lo, const struct catalog *cat,
    struct pub **sel)
{
	const struct pub	*p;
	struct pub		*v;
	size_t			 i, j, n = 0, rows = 0;
	int			 r;

	for (i = 0; lo->editions && i < cat->npubs; i++)
		rows += cat->pubs[i]->neditions;
	if (lo->editions &&
	    (lo->views = calloc(rows + 1, sizeof(*lo->views))) == NULL) {
		cli_error("out of memory");
		return SIZE_MAX;
	}
	v = lo->views;
	for (i = 0; i < cat->npubs; i++) {
		p = cat->pubs[i];
		if (!lo->editions || p->neditions == 0) {
			if ((r = passes(lo, cat, p)) < 0)
				return SIZE_MAX;
			if (r)
				sel[n++] = cat->pubs[i];
			continue;
		}
		for (j = 0; j < p->neditions; j++) {
			pub_edition_view(v, p, j);
			if ((r = passes(lo, cat, v)) < 0)
				return SIZE_MAX;
			if (!r)
				continue;
			/* A row is one edition: it lists none. */
			v->editions = NULL;
			v->neditions = 0;
			sel[n++] = v++;
		}
	}
	return n;
}

struct pub **
listopts_select(struct cli *c, struct listopts *lo,
    const struct catalog *cat, size_t *n)
{
	struct pub	**sel;
	size_t		 i, rows = cat->npubs;

	*n = 0;
	if (!check_languages(c, lo, cat))
		return NULL;
	for (i = 0; lo->editions && i < cat->npubs; i++)
		rows += cat->pubs[i]->neditions;
	if ((sel = malloc((rows + 1) * sizeof(*sel))) == NULL) {
		cli_error("out of memory");
		return NULL;
	}
	if ((*n = select_rows(lo, cat, sel)) == SIZE_MAX ||
	    !order_sort(&lo->order, sel, *n)) {
		if (*n != SIZE_MAX)
			cli_error("out of memory");
		free(sel);
		*n = 0;
		return NULL;
	}
	return sel;
}

/* The years the catalogue spans: "2008..2018". */
static void
year_span(const struct catalog *cat, char *buf, size_t size)
{
	long	 lo = 0, hi = 0;
	size_t	 i;

	for (i = 0; i < cat->npubs; i++) {
		long y = cat->pubs[i]->year;
		if (y <= 0)
			continue;
		if (lo == 0 || y < lo)
			lo = y;
		if (y > hi)
			hi = y;
	}
	snprintf(buf, size, "%ld..%ld", lo, hi);
}

void
listopts_nothing(struct cli *c, const struct listopts *lo,
    const struct catalog *cat)
{
	struct buf	 hint = { NULL, 0, 0, false };
	char		 span[48];

	if (!c->tty && !isatty(STDERR_FILENO))
		return;
	/* One filter alone: what the catalogue has instead. */
	if (lo->nasked == 1 && lo->asked_ch == 'y') {
		year_span(cat, span, sizeof(span));
		buf_printf(&hint, "; the catalogue's years are %s", span);
	} else if (lo->nasked == 1 && lo->asked_ch == 'l') {
		buf_adds(&hint, "; the catalogue's languages are ");
		catalogue_languages(cat, &hint);
	}
	fflush(stdout);
	if (cat->npubs == 0)
		fprintf(stderr, "%s: %s: the catalogue has no publications\n",
		    PROGNAME, c->cmd->name);
	else if (lo->asked.len == 0 || lo->asked.oom)
		fprintf(stderr, "%s: %s: nothing to show\n", PROGNAME,
		    c->cmd->name);
	else
		fprintf(stderr, "%s: %s: no publication matches %s%s\n",
		    PROGNAME, c->cmd->name, lo->asked.p,
		    hint.p != NULL && !hint.oom ? hint.p : "");
	buf_free(&hint);
}

enum format
listopts_output(struct cli *c, struct listopts *lo,
    const struct catalog *cat, enum format dflt_tty, enum format dflt_pipe)
{
	enum format	 f;

	f = cli_output_format(c, lo->format, dflt_tty, dflt_pipe);
	lo->fopts.info = &cat->info;
	/* A table on a screen may cut ids: to what start is still one's? */
	if (f == FORMAT_TABLE && c->out.width > 0 &&
	    lo->id_unique == NULL) {
		if ((lo->id_unique = calloc(cat->npubs + 1,
		    sizeof(*lo->id_unique))) == NULL ||
		    !ids_unique_prefixes(cat, lo->id_unique))
			c->out.oom = true;	/* cli_finish() says so */
		else
			lo->fopts.id_unique = lo->id_unique;
	}
	out_add_marker(&c->out, filter_marker, lo->filter);
	return f;
}
