/*
 * fmt_yaml.c: the records as a catalogue, in the format of
 * iompubs-catalog(5), that iompubs (or any YAML parser) loads back to
 * the same records.
 *
 *	catalog:			(the header, when the catalogue has one)
 *	  title: "Trafficking Publications"
 *	  ...
 *	publications:
 *	  - id: "caring-for-trafficked-persons-2009"
 *	    title: "Caring for Trafficked Persons: ..."
 *	    year: 2009
 *	    languages: ["English", "Chinese"]
 *	    price: {amount: 30, currency: "USD"}
 *	    abstract: |-
 *	      For many trafficked persons, ...
 *
 * Keys in catalogue order, absent values left out.  Numbers are plain;
 * lists and editions are in flow style.  A string is a |- literal block
 * when that keeps it exactly and readably (several lines, printable, no
 * line starting or ending with a space); otherwise it is double-quoted,
 * with escapes for whatever a YAML reader would refuse or fold, or a
 * terminal would obey: control characters, the bidirectional controls,
 * U+2028, U+2029, the byte order mark, U+FFFE and U+FFFF.  No tags,
 * anchors or aliases: the loader refuses them.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "format.h"
#include "out.h"
#include "text.h"

/* Not to be written raw inside a YAML scalar. */
static bool
yaml_unsafe(uint32_t cp)
{
	return text_is_unsafe(cp) || cp == 0xfeff || cp == 0xfffe ||
	    cp == 0xffff;
}

static void
yaml_escape(struct out *o, uint32_t cp)
{
	static const struct {
		uint32_t	 cp;
		const char	*esc;
	} named[] = {
		{ '"', "\\\"" }, { '\\', "\\\\" }, { '\0', "\\0" },
		{ '\a', "\\a" }, { '\b', "\\b" }, { '\t', "\\t" },
		{ '\n', "\\n" }, { '\v', "\\v" }, { '\f', "\\f" },
		{ '\r', "\\r" }, { 0x1b, "\\e" }, { 0x85, "\\N" },
		{ 0x2028, "\\L" }, { 0x2029, "\\P" }
	};
	size_t	 i;

	for (i = 0; i < sizeof(named) / sizeof(named[0]); i++)
		if (named[i].cp == cp) {
			out_str(o, named[i].esc);
			return;
		}
	/* Invalid UTF-8 cannot come from the loader, nor be written. */
	if (cp & TEXT_BADBYTE)
		cp = 0xfffd;
	out_printf(o, cp < 0x100 ? "\\x%02x" : "\\u%04x", (unsigned)cp);
}

static const struct escape yaml_escapes = {
	{ ['"'] = 1, ['\\'] = 1 }, yaml_unsafe, yaml_escape
};

static void
yaml_quoted(struct out *o, struct str s)
{
	out_char(o, '"');
	out_escaped(o, s, &yaml_escapes);
	out_char(o, '"');
}

/*
 * Can s be a |- literal block and read back the same?  Several lines,
 * none starting or ending with a space (so the indentation is found
 * from the first line and no trailing blanks are lost or added), the
 * first and last not empty (|- drops final newlines), and nothing but
 * printable characters and newlines: a literal block has no escapes.
 */
static bool
literal_ok(struct str s)
{
	uint32_t	 cp;
	size_t		 i, n;

	if (s.len < 3 || memchr(s.ptr, '\n', s.len) == NULL ||
	    s.ptr[0] == '\n' || s.ptr[0] == ' ' ||
	    s.ptr[s.len - 1] == '\n' || s.ptr[s.len - 1] == ' ')
		return false;
	for (i = 0; i < s.len; i += n) {
		if (s.ptr[i] == '\n') {
			/* Not first nor last: both neighbours exist. */
			if (s.ptr[i - 1] == ' ' || s.ptr[i + 1] == ' ')
				return false;
			n = 1;
			continue;
		}
		n = text_decode(s.ptr + i, s.len - i, &cp);
		if (yaml_unsafe(cp))
			return false;
	}
	return true;
}

static void
yaml_literal(struct out *o, struct str s, size_t indent)
{
	const char	*p, *end = s.ptr + s.len, *nl;

	out_str(o, "|-\n");
	for (p = s.ptr; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (nl > p) {
			out_spaces(o, indent);
			out_raw(o, p, (size_t)(nl - p));
		}
		out_char(o, '\n');
	}
}

/*
 * A block mapping being written: what goes before its next key ("  - "
 * before the first key of a list item), and the indentation of the keys
 * after that.
 */
struct ymap {
	const char	*lead;
	const char	*indent;
};

/* "name:"; the caller writes the space before a value on the line. */
static void
yaml_key(struct out *o, struct ymap *m, const char *name)
{
	out_str(o, m->lead);
	out_str(o, name);
	out_char(o, ':');
	m->lead = m->indent;
}

static void
yaml_string(struct out *o, struct ymap *m, const char *name, struct str s)
{
	if (!str_present(s))
		return;
	yaml_key(o, m, name);
	out_char(o, ' ');
	if (literal_ok(s))
		yaml_literal(o, s, strlen(m->indent) + 2);
	else {
		yaml_quoted(o, s);
		out_char(o, '\n');
	}
}

static void
yaml_flow_list(struct out *o, const struct strlist *l)
{
	size_t	 i;

	out_char(o, '[');
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			out_str(o, ", ");
		yaml_quoted(o, l->v[i]);
	}
	out_char(o, ']');
}

static void
yaml_list(struct out *o, struct ymap *m, const char *name, const struct strlist *l)
{
	if (l->n == 0)
		return;
	yaml_key(o, m, name);
	out_char(o, ' ');
	yaml_flow_list(o, l);
	out_char(o, '\n');
}

static void
yaml_number(struct out *o, struct ymap *m, const char *name, long v)
{
	if (v <= 0)
		return;
	yaml_key(o, m, name);
	out_printf(o, " %ld\n", v);
}

/* The amount as written ("30", "12.50"), plain when it is a number. */
static void
yaml_price(struct out *o, struct ymap *m, const char *key,
    const struct price *pr)
{
	struct str	 a = pr->amount;

	if (!str_present(pr->currency))
		return;
	yaml_key(o, m, key);
	out_str(o, " {amount: ");
	if (a.len > 0 && strspn(a.ptr, "0123456789.") == a.len)
		out_raw(o, a.ptr, a.len);
	else
		yaml_quoted(o, a);
	out_str(o, ", currency: ");
	yaml_quoted(o, pr->currency);
	out_str(o, "}\n");
}

static void
yaml_editions(struct out *o, struct ymap *m, const char *key,
    const struct pub *p)
{
	const struct edition	*e;
	size_t			 i;

	if (p->neditions == 0)
		return;
	yaml_key(o, m, key);
	out_char(o, '\n');
	for (i = 0; i < p->neditions; i++) {
		e = p->editions[i];
		out_printf(o, "%s  - {year: %ld", m->indent, e->year);
		if (e->pages > 0)
			out_printf(o, ", pages: %ld", e->pages);
		if (e->languages.n > 0) {
			out_str(o, ", languages: ");
			yaml_flow_list(o, &e->languages);
		}
		if (e->isbn.n > 0) {
			out_str(o, ", isbn: ");
			yaml_flow_list(o, &e->isbn);
		}
		out_str(o, "}\n");
	}
}

static void
yaml_pub(struct out *o, const struct pub *p)
{
	struct ymap	 m = { "  - ", "    " };

	size_t		 i;

	for (i = 0; i < FIELD__COUNT; i++) {
		enum field f = (enum field)i;
		const char *key = field_name(f);
		switch (field_info(f)->kind) {
		case KIND_TEXT:
			yaml_string(o, &m, key, pub_text(p, f));
			break;
		case KIND_NUMBER:
			yaml_number(o, &m, key, pub_number(p, f));
			break;
		case KIND_LIST:
			yaml_list(o, &m, key, pub_list(p, f));
			break;
		case KIND_PRICE:
			yaml_price(o, &m, key, pub_price(p, f));
			break;
		case KIND_EDITIONS:
			yaml_editions(o, &m, key, p);
			break;
		}
	}
	if (m.lead != m.indent)	/* nothing was written: still an item */
		out_str(o, "  - {}\n");
}

static bool
ordering_present(const struct ordering *ord)
{
	return str_present(ord->bookstore) || str_present(ord->email) ||
	    str_present(ord->address) || str_present(ord->telephone) ||
	    str_present(ord->fax) || ord->currencies.n > 0 ||
	    ord->payment.n > 0 || str_present(ord->how_to_order);
}

static void
yaml_ordering(struct out *o, struct ymap *info, const struct ordering *ord)
{
	struct ymap	 m = { "    ", "    " };

	if (!ordering_present(ord))
		return;
	yaml_key(o, info, "ordering");
	out_char(o, '\n');
	yaml_string(o, &m, "bookstore", ord->bookstore);
	yaml_string(o, &m, "email", ord->email);
	yaml_string(o, &m, "address", ord->address);
	yaml_string(o, &m, "telephone", ord->telephone);
	yaml_string(o, &m, "fax", ord->fax);
	yaml_list(o, &m, "currencies", &ord->currencies);
	yaml_list(o, &m, "payment", &ord->payment);
	yaml_string(o, &m, "how_to_order", ord->how_to_order);
}

static void
yaml_header(struct out *o, const struct catalog_info *info)
{
	struct ymap	 m = { "  ", "  " };

	if (info == NULL || (!str_present(info->title) &&
	    !str_present(info->publisher) && !str_present(info->edition) &&
	    !ordering_present(&info->ordering) && !str_present(info->notes)))
		return;
	out_str(o, "catalog:\n");
	yaml_string(o, &m, "title", info->title);
	yaml_string(o, &m, "publisher", info->publisher);
	yaml_string(o, &m, "edition", info->edition);
	yaml_ordering(o, &m, &info->ordering);
	yaml_string(o, &m, "notes", info->notes);
}

void
fmt_yaml(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	size_t	 i;

	yaml_header(o, opts->info);
	if (n == 0) {
		out_str(o, "publications: []\n");
		return;
	}
	out_str(o, "publications:\n");
	for (i = 0; i < n && !out_failed(o); i++) {
		if (i > 0)
			out_char(o, '\n');
		yaml_pub(o, v[i]);
	}
}
