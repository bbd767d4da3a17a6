/*
 * listopts.c: options shared by the commands that select and print.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	lo->id_unique = NULL;
	lo->filter = NULL;
	lo->langs = NULL;
}

static int
add_filter(struct cli *c, struct filter *f, enum filter_kind kind,
    const char *opt, const char *arg)
{
	switch (filter_add(f, kind, arg)) {
	case FILTER_OK:
		return 1;
	case FILTER_NOMEM:
		cli_error("out of memory");
		return -1;
	case FILTER_BAD:
	default:
		cli_usage_error(c, "%s: %s", opt, filter_error(f));
		return -1;
	}
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

int
listopts_option(struct cli *c, struct listopts *lo, int ch, const char *arg)
{
	char	 err[256];
	int	 fmt;

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
	case 't':
		return add_filter(c, lo->filter, FILTER_TITLE, "--title", arg);
	case 'g':
		return add_filter(c, lo->filter, FILTER_GREP, "--grep", arg);
	case 'e':
		switch (filter_expr(lo->filter, arg)) {
		case FILTER_OK:
			return 1;
		case FILTER_NOMEM:
			cli_error("out of memory");
			return -1;
		default:
			return bad_expression(c, lo->filter, arg);
		}
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
			cli_usage_error(c, "unknown format '%s'; formats are %s",
			    arg, format_names());
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
	if (lo->style_given && lo->format != FORMAT_CITE) {
		cli_usage_error(c, "--style goes only with --format cite");
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
	const struct lang	*l;
	struct foldbuf		 fb = { NULL, 0 };
	struct str		 f;
	char			*q;
	size_t			 qlen, i, j;
	int			 found = 0;

	switch (lang_find(arg, strlen(arg), &l)) {
	case LANG_FOUND:
		return 1;
	case LANG_NOMEM:
		return -1;
	default:
		break;
	}
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

static bool
check_languages(struct cli *c, const struct listopts *lo,
    const struct catalog *cat)
{
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
		near = lang_suggest(lo->langs[i], strlen(lo->langs[i]));
		text_quote(q, sizeof(q), lo->langs[i], strlen(lo->langs[i]),
		    30);
		cli_usage_error(c, "unknown language '%s'%s%s%s", q,
		    near ? "; did you mean '" : "", near ? near : "",
		    near ? "'?" : "");
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

struct pub **
listopts_select(struct cli *c, struct listopts *lo,
    const struct catalog *cat, size_t *n)
{
	struct pub	**sel;
	size_t		 i;
	int		 r;

	*n = 0;
	if (!check_languages(c, lo, cat))
		return NULL;
	if ((sel = malloc((cat->npubs + 1) * sizeof(*sel))) == NULL)
		goto oom;
	for (i = 0; i < cat->npubs; i++) {
		if ((r = filter_match(lo->filter, cat->pubs[i])) ==
		    FILTER_COSTLY) {
			costly(lo, cat, cat->pubs[i]);
			free(sel);
			return NULL;
		}
		if (r < 0)
			goto oom;
		if (r)
			sel[(*n)++] = cat->pubs[i];
	}
	if (!order_sort(&lo->order, sel, *n))
		goto oom;
	return sel;
oom:
	free(sel);
	cli_error("out of memory");
	return NULL;
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
