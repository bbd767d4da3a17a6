/*
 * format.c: the table of output formats, and what they share.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "format.h"
#include "suggest.h"
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

	for (i = 0; i < FORMAT__COUNT; i++)
		if (strcmp(formats[i].name, name) == 0)
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

bool
format_parse_fields(const char *spec, enum field *fields, size_t *n,
    char *err, size_t errsize)
{
	const char	*names[FIELD__COUNT], *p, *end, *near;
	char		 q[64];
	size_t		 i, len;
	int		 f;

	for (i = 0; i < FIELD__COUNT; i++)
		names[i] = field_name((enum field)i);
	*n = 0;
	for (p = spec; ; p = end + 1) {
		end = strchr(p, ',');
		len = end != NULL ? (size_t)(end - p) : strlen(p);
		if ((f = field_lookup(p, len)) < 0) {
			text_quote(q, sizeof(q), p, len, 20);
			near = suggest(p, len, names, FIELD__COUNT);
			snprintf(err, errsize, "unknown field '%s'%s%s%s; fields "
			    "are id, title, year, pages, languages, isbn, eisbn, "
			    "issn, price, availability, editions, abstract and "
			    "notes", q, near ? " (did you mean '" : "",
			    near ? near : "", near ? "'?)" : "");
			return false;
		}
		if (*n == FIELD__COUNT) {
			snprintf(err, errsize, "too many fields");
			return false;
		}
		fields[(*n)++] = (enum field)f;
		if (end == NULL)
			return true;
	}
}

static void
list_text(struct buf *b, const struct strlist *l, const char *sep)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_adds(b, sep);
		buf_add(b, l->v[i].ptr, l->v[i].len);
	}
}

void
format_edition_text(struct buf *b, const struct edition *e)
{
	size_t	 j;

	buf_printf(b, "%ld", e->year);
	if (e->pages > 0)
		buf_printf(b, ", %ld pages", e->pages);
	for (j = 0; j < e->languages.n; j++) {
		buf_adds(b, j == 0 ? ", " : " and ");
		buf_add(b, e->languages.v[j].ptr, e->languages.v[j].len);
	}
	for (j = 0; j < e->isbn.n; j++) {
		buf_adds(b, ", ISBN ");
		buf_add(b, e->isbn.v[j].ptr, e->isbn.v[j].len);
	}
}

static void
str_text(struct buf *b, struct str s)
{
	if (str_present(s))
		buf_add(b, s.ptr, s.len);
}

void
format_field_text(struct buf *b, const struct pub *p, enum field f,
    const char *sep)
{
	size_t	 i;

	switch (f) {
	case FIELD_ID:
		str_text(b, p->id);
		break;
	case FIELD_TITLE:
		str_text(b, p->title);
		break;
	case FIELD_YEAR:
		if (p->year > 0)
			buf_printf(b, "%ld", p->year);
		break;
	case FIELD_PAGES:
		if (p->pages > 0)
			buf_printf(b, "%ld", p->pages);
		break;
	case FIELD_LANGUAGES:
		list_text(b, &p->languages, sep);
		break;
	case FIELD_ISBN:
		list_text(b, &p->isbn, sep);
		break;
	case FIELD_EISBN:
		list_text(b, &p->eisbn, sep);
		break;
	case FIELD_ISSN:
		str_text(b, p->issn);
		break;
	case FIELD_PRICE:
		if (str_present(p->price.currency)) {
			str_text(b, p->price.amount);
			buf_adds(b, " ");
			str_text(b, p->price.currency);
		}
		break;
	case FIELD_AVAILABILITY:
		list_text(b, &p->availability, sep);
		break;
	case FIELD_EDITIONS:
		for (i = 0; i < p->neditions; i++) {
			if (i > 0)
				buf_adds(b, sep);
			format_edition_text(b, p->editions[i]);
		}
		break;
	case FIELD_ABSTRACT:
		str_text(b, p->abstract);
		break;
	case FIELD_NOTES:
		str_text(b, p->notes);
		break;
	default:
		break;
	}
}

void
format_delimited(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts, const struct delimited *d)
{
	struct buf	 b = { NULL, 0, 0, false };
	const enum field *fields = opts->fields;
	size_t		 i, j, nf;

	nf = fields != NULL ? opts->nfields : FIELD__COUNT;
	for (j = 0; j < nf; j++) {
		out_str(o, j > 0 ? d->sep : "");
		out_str(o, field_name(fields != NULL ? fields[j] :
		    (enum field)j));
	}
	out_str(o, d->eol);
	for (i = 0; i < n && !out_failed(o); i++) {
		for (j = 0; j < nf; j++) {
			buf_reset(&b);
			format_field_text(&b, v[i], fields != NULL ?
			    fields[j] : (enum field)j, "; ");
			out_str(o, j > 0 ? d->sep : "");
			d->value(o, buf_str(&b), opts);
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
