/*
 * fmt_ris.c: RIS, the tagged format that Zotero, EndNote, Mendeley and
 * other reference managers import.
 *
 *	TY  - BOOK
 *	ID  - caring-for-trafficked-persons-2009
 *	AU  - International Organization for Migration
 *	TI  - Caring for Trafficked Persons: Guidance for Health Providers
 *	PY  - 2009
 *	PB  - International Organization for Migration
 *	CY  - Geneva
 *	SP  - 231
 *	SN  - 978-92-9068-466-4
 *	LA  - English
 *	AB  - For many trafficked persons, ... Caring for Trafficked ...
 *	ER  -
 *
 * The facts are cite.h's: TY is BOOK for a record with an ISBN, RPRT
 * for any other; AU is the corporate author, a name without a comma so
 * that it is not split into last and first names; CY is the publisher's
 * city.  SP holds the number of pages, as RIS has it for a whole book.
 * SN is repeated per ISBN, then E-ISBN, then ISSN; LA per language; UR
 * is the url.  The catalogue's transcription notes are not part of a
 * reference and are left out.
 *
 * Each line is "XX  - value" (the last one "ER  - ", value empty), ended
 * by CRLF as the RIS specification asks; records are separated by an
 * empty line.  A tag holds one line, so the lines of the abstract are
 * joined with a space, blank lines dropped; control characters elsewhere
 * are shown as out_text() shows them (\n, \x1b, \u202e), so that no
 * value can start a line of its own.
 */
#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "cite.h"
#include "format.h"
#include "lexicon.h"
#include "out.h"
#include "text.h"

static void
ris_tag(struct out *o, const char *tag, struct str s)
{
	if (!str_present(s))
		return;
	out_str(o, tag);
	out_str(o, "  - ");
	out_text(o, s);
	out_str(o, "\r\n");
}

static void
ris_list(struct out *o, const char *tag, const struct strlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		ris_tag(o, tag, l->v[i]);
}

/* Countries as keywords, by their names (a code iso-codes lacks as is). */
static void
ris_countries(struct out *o, const struct strlist *l)
{
	const struct lex_country *c;
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		c = lex_country(l->v[i].ptr, l->v[i].len);
		ris_tag(o, "KW", c != NULL ? str_cstr(c->name) : l->v[i]);
	}
}

/* Multi-line text on one line: its non-empty lines joined by a space. */
static void
ris_joined(struct out *o, const char *tag, struct str s)
{
	const char	*p, *end, *nl;
	bool		 first = true;

	if (!str_present(s))
		return;
	end = s.ptr + s.len;
	out_str(o, tag);
	out_str(o, "  - ");
	for (p = s.ptr; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (nl == p)
			continue;
		if (!first)
			out_char(o, ' ');
		out_text(o, str_make(p, (size_t)(nl - p)));
		first = false;
	}
	out_str(o, "\r\n");
}

static void
ris_number(struct out *o, const char *tag, long v)
{
	if (v > 0)
		out_printf(o, "%s  - %ld\r\n", tag, v);
}

/* The id; an edition's row (list --editions) adds "+edN", as bibtex. */
static void
ris_id(struct out *o, const struct pub *p)
{
	if (!str_present(p->id))
		return;
	out_str(o, "ID  - ");
	out_text(o, p->id);
	if (p->edition > 0)
		out_printf(o, "+ed%zu", p->edition);
	out_str(o, "\r\n");
}

static void
ris_record(struct out *o, const struct pub *p,
    const struct catalog_info *info)
{
	struct cite	 c;

	cite_of(&c, p, info);
	out_str(o, c.type == CITE_BOOK ? "TY  - BOOK\r\n" : "TY  - RPRT\r\n");
	ris_id(o, p);
	ris_tag(o, "AU", c.author);
	ris_tag(o, "TI", p->title);
	ris_number(o, "PY", p->year);
	ris_tag(o, "PB", c.publisher);
	ris_tag(o, "CY", c.place);
	ris_number(o, "SP", p->pages);
	ris_list(o, "SN", &p->isbn);
	ris_list(o, "SN", &p->eisbn);
	ris_tag(o, "SN", p->issn);
	ris_list(o, "LA", &p->languages);
	ris_countries(o, &p->countries);
	ris_tag(o, "UR", p->url);
	ris_joined(o, "AB", p->abstract);
	out_str(o, "ER  - \r\n");
}

void
fmt_ris(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	size_t	 i;

	for (i = 0; i < n && !out_failed(o); i++) {
		if (i > 0)
			out_str(o, "\r\n");
		ris_record(o, v[i], opts->info);
	}
}
