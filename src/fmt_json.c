/*
 * fmt_json.c: complete records as a JSON array.
 *
 * Keys and their order are those of the catalogue file; lists are always
 * arrays and absent values are null or [], so a program can rely on the
 * shape.  Control characters, bidirectional controls and the JavaScript
 * line separators are written as \u escapes: the data is kept whole and
 * the output is still safe to print.
 */
#include <stdint.h>
#include <stdio.h>

#include "catalog.h"
#include "format.h"
#include "out.h"
#include "text.h"

static void
json_string(struct out *o, struct str s)
{
	uint32_t	 cp;
	size_t		 i, start, n;

	if (!str_present(s)) {
		out_str(o, "null");
		return;
	}
	out_char(o, '"');
	for (i = start = 0; i < s.len; i += n) {
		unsigned char b = (unsigned char)s.ptr[i];
		if (b >= 0x20 && b != '"' && b != '\\' && b < 0x7f) {
			n = 1;
			continue;
		}
		n = text_decode(s.ptr + i, s.len - i, &cp);
		if (cp != '"' && cp != '\\' && !text_is_unsafe(cp) &&
		    cp != 0x2028 && cp != 0x2029)
			continue;
		out_raw(o, s.ptr + start, i - start);
		start = i + n;
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
			fprintf(o->fp, "\\u%04x", cp & TEXT_BADBYTE ?
			    0xfffdu : cp);
			break;
		}
	}
	out_raw(o, s.ptr + start, s.len - start);
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
		fprintf(o->fp, "%ld", v);
}

static void
key(struct out *o, enum field f, bool first)
{
	fprintf(o->fp, "%s\n    \"%s\": ", first ? "" : ",", field_name(f));
}

static void
json_editions(struct out *o, const struct pub *p)
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
		fprintf(o->fp, "%s\n      {\"year\": %ld, \"pages\": ",
		    i > 0 ? "," : "", e->year);
		json_number(o, e->pages);
		out_str(o, ", \"languages\": ");
		json_list(o, &e->languages);
		out_str(o, ", \"isbn\": ");
		json_list(o, &e->isbn);
		out_char(o, '}');
	}
	out_str(o, "\n    ]");
}

static void
json_record(struct out *o, const struct pub *p)
{
	out_str(o, "  {");
	key(o, FIELD_ID, true);
	json_string(o, p->id);
	key(o, FIELD_TITLE, false);
	json_string(o, p->title);
	key(o, FIELD_YEAR, false);
	json_number(o, p->year);
	key(o, FIELD_PAGES, false);
	json_number(o, p->pages);
	key(o, FIELD_LANGUAGES, false);
	json_list(o, &p->languages);
	key(o, FIELD_ISBN, false);
	json_list(o, &p->isbn);
	key(o, FIELD_EISBN, false);
	json_list(o, &p->eisbn);
	key(o, FIELD_ISSN, false);
	json_string(o, p->issn);
	key(o, FIELD_PRICE, false);
	if (str_present(p->price.currency)) {
		out_str(o, "{\"amount\": ");
		out_text(o, p->price.amount);
		out_str(o, ", \"currency\": ");
		json_string(o, p->price.currency);
		out_char(o, '}');
	} else
		out_str(o, "null");
	key(o, FIELD_AVAILABILITY, false);
	json_list(o, &p->availability);
	key(o, FIELD_EDITIONS, false);
	json_editions(o, p);
	key(o, FIELD_ABSTRACT, false);
	json_string(o, p->abstract);
	key(o, FIELD_NOTES, false);
	json_string(o, p->notes);
	out_str(o, "\n  }");
}

void
fmt_json(struct out *o, struct pub *const *v, size_t n)
{
	size_t	 i;

	if (n == 0) {
		out_str(o, "[]\n");
		return;
	}
	out_char(o, '[');
	for (i = 0; i < n && !out_failed(o); i++) {
		out_str(o, i > 0 ? ",\n" : "\n");
		json_record(o, v[i]);
	}
	out_str(o, "\n]\n");
}
