/*
 * fmt_json.c: complete records as a JSON array (json), or as one compact
 * JSON object a line (jsonl, for streaming tools).
 *
 * Keys and their order are those of the catalogue file; lists are always
 * arrays and absent values are null or [], so a program can rely on the
 * shape.  Control characters, bidirectional controls, the JavaScript
 * line separators and U+FFFE and U+FFFF are written as \u escapes: the
 * data is kept whole, the output is still safe to print, and it loads
 * again as a catalogue.
 */
#include <stdbool.h>
#include <stdint.h>

#include "buf.h"
#include "catalog.h"
#include "cite.h"
#include "format.h"
#include "lexicon.h"
#include "out.h"
#include "text.h"

static void
json_escape(struct out *o, uint32_t cp)
{
	switch (cp) {
	case '"':
		out_str(o, "\\\"");
		break;
	case '\\':
		out_str(o, "\\\\");
		break;
	case '\n':
		out_str(o, "\\n");
		break;
	case '\r':
		out_str(o, "\\r");
		break;
	case '\t':
		out_str(o, "\\t");
		break;
	case '\b':
		out_str(o, "\\b");
		break;
	case '\f':
		out_str(o, "\\f");
		break;
	default:
		/* Invalid UTF-8 cannot come from the loader. */
		out_printf(o, "\\u%04x", cp & TEXT_BADBYTE ? 0xfffdu : cp);
		break;
	}
}

/*
 * Not to be written raw: what is unsafe to print, and the noncharacters
 * U+FFFE and U+FFFF, which the loader (libyaml) refuses in its input,
 * so that the output always loads again as a catalogue.
 */
static bool
json_unsafe(uint32_t cp)
{
	return text_is_unsafe(cp) || cp == 0xfffe || cp == 0xffff;
}

static const struct escape json_escapes = {
	{ ['"'] = 1, ['\\'] = 1 }, json_unsafe, json_escape
};

static void
json_string(struct out *o, struct str s)
{
	if (!str_present(s)) {
		out_str(o, "null");
		return;
	}
	out_char(o, '"');
	out_escaped(o, s, &json_escapes);
	out_char(o, '"');
}

static void
json_list(struct out *o, const struct strlist *l)
{
	size_t	 i;

	out_char(o, '[');
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			out_str(o, ", ");
		json_string(o, l->v[i]);
	}
	out_char(o, ']');
}

static void
json_number(struct out *o, long v)
{
	if (v == 0)
		out_str(o, "null");
	else
		out_number(o, v);
}

static void
json_editions(struct out *o, const struct pub *p, const char *indent)
{
	const struct edition	*e;
	size_t			 i;

	if (p->neditions == 0) {
		out_str(o, "[]");
		return;
	}
	out_char(o, '[');
	for (i = 0; i < p->neditions; i++) {
		e = p->editions[i];
		out_printf(o, "%s%s%s{\"year\": %ld, \"pages\": ",
		    i > 0 ? "," : "", *indent ? "\n" : "", indent, e->year);
		json_number(o, e->pages);
		out_str(o, ", \"languages\": ");
		json_list(o, &e->languages);
		out_str(o, ", \"isbn\": ");
		json_list(o, &e->isbn);
		out_char(o, '}');
	}
	out_str(o, *indent ? "\n    ]" : "]");
}

static void
json_price(struct out *o, const struct price *pr)
{
	if (!str_present(pr->currency)) {
		out_str(o, "null");
		return;
	}
	/* The amount was checked to be a plain decimal number. */
	out_str(o, "{\"amount\": ");
	out_text(o, pr->amount);
	out_str(o, ", \"currency\": ");
	json_string(o, pr->currency);
	out_char(o, '}');
}

static void
json_value(struct out *o, const struct pub *p, enum field f, bool pretty)
{
	switch (field_info(f)->kind) {
	case KIND_TEXT:
		json_string(o, pub_text(p, f));
		break;
	case KIND_NUMBER:
		json_number(o, pub_number(p, f));
		break;
	case KIND_LIST:
		json_list(o, pub_list(p, f));
		break;
	case KIND_PRICE:
		json_price(o, pub_price(p, f));
		break;
	case KIND_EDITIONS:
		json_editions(o, p, pretty ? "      " : "");
		break;
	}
}

/*
 * One record as an object: pretty (a key a line, for json) or compact
 * (one line, for jsonl), with the fields asked for or all of them.
 */
static void
json_record(struct out *o, const struct pub *p,
    const struct format_opts *opts, const double *score, bool pretty)
{
	size_t	 i, n;

	n = opts->fields != NULL ? opts->nfields : FIELD__COUNT;
	out_str(o, pretty ? "  {" : "{");
	for (i = 0; i < n; i++) {
		enum field f = opts->fields != NULL ? opts->fields[i] :
		    (enum field)i;
		out_printf(o, "%s%s\"%s\": ", i > 0 ? "," : "",
		    pretty ? "\n    " : (i > 0 ? " " : ""), field_name(f));
		json_value(o, p, f, pretty);
	}
	/* search's score, after the fields: the loader ignores it. */
	if (score != NULL)
		out_printf(o, ",%s\"score\": %.4f", pretty ? "\n    " : " ",
		    *score);
	out_str(o, pretty ? "\n  }" : "}");
}

/*
 * The records as a JSON array, item() writing the i-th; "[]" for none,
 * so that a program always gets an array.
 */
static void
json_array(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts, void (*item)(struct out *,
    struct pub *const *, size_t, const struct format_opts *))
{
	size_t	 i;

	if (n == 0) {
		out_str(o, "[]\n");
		return;
	}
	out_char(o, '[');
	for (i = 0; i < n && !out_failed(o); i++) {
		out_str(o, i > 0 ? ",\n" : "\n");
		item(o, v, i, opts);
	}
	out_str(o, "\n]\n");
}

static void
json_item(struct out *o, struct pub *const *v, size_t i,
    const struct format_opts *opts)
{
	json_record(o, v[i], opts, opts->scores != NULL ? &opts->scores[i] :
	    NULL, true);
}

void
fmt_json(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	json_array(o, v, n, opts, json_item);
}

/* Each record on its own line, so that a reader can stream them. */
void
fmt_jsonl(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	size_t	 i;

	for (i = 0; i < n && !out_failed(o); i++) {
		json_record(o, v[i], opts, opts->scores != NULL ?
		    &opts->scores[i] : NULL, false);
		out_char(o, '\n');
	}
}

/*
 * CSL-JSON, the citation data of Zotero, Mendeley, pandoc and citeproc:
 * an array of items, the facts of cite.h.  Strings are JSON as above;
 * by CSL-JSON's convention a processor reads <i>, <b>, <sc>, <sup>,
 * <sub> and <span class="nocase"> in them as markup, and straight quotes
 * as quotation marks.
 */
static void
csl_key(struct out *o, const char *key, bool *first)
{
	out_printf(o, "%s\n    \"%s\": ", *first ? "" : ",", key);
	*first = false;
}

static void
csl_string(struct out *o, const char *key, struct str s, bool *first)
{
	if (str_present(s) && s.len > 0) {
		csl_key(o, key, first);
		json_string(o, s);
	}
}

/* The ISBNs, then the E-ISBNs, as one string. */
static void
csl_isbn(struct out *o, const struct pub *p, bool *first)
{
	const struct strlist	*lists[2] = { &p->isbn, &p->eisbn };
	struct buf		 b = { NULL, 0, 0, false };
	size_t			 i, j;

	if (p->isbn.n + p->eisbn.n == 0)
		return;
	for (i = 0; i < 2; i++)
		for (j = 0; j < lists[i]->n; j++) {
			if (b.len > 0)
				buf_adds(&b, ", ");
			buf_add(&b, lists[i]->v[j].ptr, lists[i]->v[j].len);
		}
	csl_key(o, "ISBN", first);
	json_string(o, b.oom ? STR_NONE : buf_str(&b));
	o->oom |= b.oom;
	buf_free(&b);
}

/* The id; an edition's row (list --editions) adds "+edN", as bibtex. */
static void
csl_id(struct out *o, const struct pub *p, bool *first)
{
	struct buf	 b = { NULL, 0, 0, false };

	if (!str_present(p->id))
		return;
	buf_add(&b, p->id.ptr, p->id.len);
	if (p->edition > 0)
		buf_printf(&b, "+ed%zu", p->edition);
	csl_string(o, "id", b.oom ? p->id : buf_str(&b), first);
	o->oom |= b.oom;
	buf_free(&b);
}

/* The countries, by name, as CSL's keyword: one comma-separated string. */
static void
csl_countries(struct out *o, const struct pub *p, bool *first)
{
	const struct lex_country *c;
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i;

	if (p->countries.n == 0)
		return;
	for (i = 0; i < p->countries.n; i++) {
		c = lex_country(p->countries.v[i].ptr, p->countries.v[i].len);
		if (i > 0)
			buf_adds(&b, ", ");
		if (c != NULL)
			buf_adds(&b, c->name);
		else
			buf_add(&b, p->countries.v[i].ptr,
			    p->countries.v[i].len);
	}
	csl_string(o, "keyword", b.oom ? STR_NONE : buf_str(&b), first);
	o->oom |= b.oom;
	buf_free(&b);
}

static void
csl_item(struct out *o, const struct pub *p, const struct catalog_info *info)
{
	struct cite	 c;
	bool		 first = true;

	cite_of(&c, p, info);
	o->oom |= c.oom;
	out_str(o, "  {");
	csl_id(o, p, &first);
	csl_key(o, "type", &first);
	out_str(o, c.type == CITE_BOOK ? "\"book\"" : "\"report\"");
	if (str_present(c.author)) {
		csl_key(o, "author", &first);
		out_str(o, "[{\"literal\": ");
		json_string(o, c.author);
		out_str(o, "}]");
	}
	csl_string(o, "title", p->title, &first);
	csl_string(o, "publisher", c.publisher, &first);
	csl_string(o, "publisher-place", c.place, &first);
	if (p->year > 0) {
		csl_key(o, "issued", &first);
		out_printf(o, "{\"date-parts\": [[%ld]]}", p->year);
	}
	if (p->pages > 0) {
		csl_key(o, "number-of-pages", &first);
		out_printf(o, "\"%ld\"", p->pages);
	}
	csl_isbn(o, p, &first);
	csl_string(o, "ISSN", p->issn, &first);
	if (c.lang != NULL)
		csl_string(o, "language", str_cstr(c.lang), &first);
	csl_string(o, "URL", p->url, &first);
	csl_countries(o, p, &first);
	csl_string(o, "abstract", p->abstract, &first);
	out_str(o, "\n  }");
}

static void
csl_array_item(struct out *o, struct pub *const *v, size_t i,
    const struct format_opts *opts)
{
	csl_item(o, v[i], opts->info);
}

void
fmt_csljson(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	json_array(o, v, n, opts, csl_array_item);
}
