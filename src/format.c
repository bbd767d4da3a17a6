/*
 * format.c: the table of output formats, and what they share.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "catalog.h"
#include "format.h"
#include "text.h"

static const struct {
	const char	*name;
	format_fn	*write;
	bool		 fields;	/* takes --fields */
	bool		 people;	/* decorated for a terminal */
	bool		 empty;	/* no records is still a document */
} formats[FORMAT__COUNT] = {
	[FORMAT_PLAIN] = { "plain", fmt_plain, true, false, false },
	[FORMAT_TABLE] = { "table", fmt_table, true, true, false },
	[FORMAT_JSON] = { "json", fmt_json, true, false, true },
	[FORMAT_FULL] = { "full", fmt_full, true, true, false },
	[FORMAT_JSONL] = { "jsonl", fmt_jsonl, true, false, false },
	[FORMAT_TSV] = { "tsv", fmt_tsv, true, false, true },
	[FORMAT_CSV] = { "csv", fmt_csv, true, false, true },
	[FORMAT_YAML] = { "yaml", fmt_yaml, false, false, true },
	[FORMAT_REC] = { "rec", fmt_rec, true, false, false },
	[FORMAT_BIBTEX] = { "bibtex", fmt_bibtex, false, false, false },
	[FORMAT_RIS] = { "ris", fmt_ris, false, false, false },
	[FORMAT_TEMPLATE] = { "template", fmt_template, false, false, false },
	[FORMAT_CSLJSON] = { "csl-json", fmt_csljson, false, false, true },
	[FORMAT_CITE] = { "cite", fmt_cite, false, true, false },
	[FORMAT_HTML] = { "html", fmt_html, false, false, true },
};

const char *
format_name(enum format f)
{
	return formats[f].name;
}

int
format_lookup(const char *name)
{
	int	 i;

	/* Case ignored: -f JSON is not ambiguous. */
	for (i = 0; i < FORMAT__COUNT; i++)
		if (strcasecmp(formats[i].name, name) == 0)
			return i;
	return -1;
}

const char *
format_names(void)
{
	static char	 names[256];
	size_t		 i, len = 0;

	if (names[0] == '\0')
		for (i = 0; i < FORMAT__COUNT; i++)
			len += (size_t)snprintf(names + len, sizeof(names) -
			    len, "%s%s", i > 0 ? ", " : "", formats[i].name);
	return names;
}

bool
format_has_fields(enum format f)
{
	return formats[f].fields;
}

bool
format_for_people(enum format f)
{
	return formats[f].people;
}

bool
format_writes_empty(enum format f)
{
	return formats[f].empty;
}

enum style
format_style(enum field f)
{
	return f == FIELD_TITLE ? STYLE_TITLE : f == FIELD_ID ? STYLE_ID :
	    STYLE_NONE;
}

bool
format_parse_fields(const char *spec, enum field *fields, size_t *n,
    char *err, size_t errsize)
{
	const char	*p, *end, *near;
	char		 q[64];
	size_t		 len, i;
	int		 f;

	*n = 0;
	for (p = spec; ; p = end + 1) {
		/* "id, title": blanks around a name are not part of it. */
		p += strspn(p, " \t");
		end = strchr(p, ',');
		len = end != NULL ? (size_t)(end - p) : strlen(p);
		while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		if ((f = field_find(p, len)) < 0) {
			text_quote(q, sizeof(q), p, len, 20);
			near = field_suggest(p, len);
			snprintf(err, errsize, "unknown field '%s'%s%s%s; fields "
			    "are %s", q, near ? " (did you mean '" : "",
			    near ? near : "", near ? "'?)" : "", field_list());
			return false;
		}
		for (i = 0; i < *n && fields[i] != (enum field)f; i++)
			;
		if (i < *n) {
			/* json would get a key twice, rec a field twice. */
			snprintf(err, errsize, "'%s' is given twice",
			    field_name((enum field)f));
			return false;
		}
		fields[(*n)++] = (enum field)f;
		if (end == NULL)
			return true;
	}
}

/* A delimited cell: the text of field f of p, or part of its price. */
static void
cell(struct buf *b, const struct pub *p, enum field f, int part)
{
	const struct price	*pr;

	if (part == 0) {
		pub_field_text(b, p, f, "; ");
		return;
	}
	pr = pub_price(p, f);
	if (!str_present(pr->currency))
		return;
	if (part == 1)
		buf_add(b, pr->amount.ptr, pr->amount.len);
	else
		buf_add(b, pr->currency.ptr, pr->currency.len);
}

void
format_delimited(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts, const struct delimited *d)
{
	struct buf	 b = { NULL, 0, 0, false };
	const enum field *fields = opts->fields;
	enum field	 f;
	size_t		 i, j, nf;
	int		 part, parts;
	bool		 first;

	nf = fields != NULL ? opts->nfields : FIELD__COUNT;
	for (i = 0; i <= n && !out_failed(o); i++) {
		first = true;
		for (j = 0; j < nf; j++) {
			f = fields != NULL ? fields[j] : (enum field)j;
			/* A price may be two cells: amount and currency. */
			parts = d->price_split &&
			    field_info(f)->kind == KIND_PRICE ? 2 : 0;
			for (part = parts > 0; part <= parts; part++) {
				out_str(o, first ? "" : d->sep);
				first = false;
				if (i == 0) {	/* the header */
					out_str(o, part == 2 ? "currency" :
					    field_name(f));
					continue;
				}
				buf_reset(&b);
				cell(&b, v[i - 1], f, part);
				d->value(o, buf_str(&b), opts);
			}
		}
		out_str(o, d->eol);
	}
	o->oom |= b.oom;
	buf_free(&b);
}

void
format_write(enum format f, struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	static const struct format_opts none;

	formats[f].write(o, v, n, opts != NULL ? opts : &none);
}
