/*
 * fmt_full.c: whole records as "Field: value" lines, for show.
 *
 *	Title:      Caring for Trafficked Persons: Guidance for ...
 *	Id:         caring-for-trafficked-persons-2009
 *	Year:       2009
 *	...
 *	Abstract:   For many trafficked persons, ...
 *	            Caring for Trafficked Persons brings together ...
 *
 * Records are separated by a blank line.  In a pipe each value, and each
 * line of the abstract and notes, is one line, so grep finds a field and
 * awk can split paragraphs.  On a terminal long values are wrapped to the
 * width with a hanging indent and paragraphs are set apart by a blank
 * line.  Absent fields are left out.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "format.h"
#include "out.h"
#include "text.h"

#define LABEL_WIDTH	12	/* "Languages:" and two spaces */
#define NARROW		40	/* below this, values go under the label */

/* Where the value goes after label: returns the column it starts at. */
static size_t
label(struct out *o, const char *name)
{
	out_style(o, STYLE_LABEL);
	out_str(o, name);
	out_char(o, ':');
	out_unstyle(o, STYLE_LABEL);
	if (o->tty && o->width > 0 && o->width < NARROW) {
		out_str(o, "\n  ");
		return 2;
	}
	out_spaces(o, LABEL_WIDTH - strlen(name) - 1);
	return LABEL_WIDTH;
}

static size_t
indent_of(const struct out *o)
{
	return o->tty && o->width > 0 && o->width < NARROW ? 2 : LABEL_WIDTH;
}

/*
 * One line of text, the value of field (or -1): wrapped on a terminal,
 * whole in a pipe, search matches highlighted.
 */
static void
line(struct out *o, struct str s, size_t at, enum style st, int field)
{
	struct mark		 buf[OUT_MAX_MARKS];
	struct marks		 mks;
	const struct marks	*mk;

	mk = field >= 0 ? out_marks(o, field, s, buf, &mks) : NULL;
	out_style(o, st);
	if (o->tty && o->width > 0) {
		out_wrap_marked(o, s, at, indent_of(o), mk);
		out_unstyle(o, st);
		return;
	}
	out_text_marked(o, s, mk);
	out_unstyle(o, st);
	out_char(o, '\n');
}

static void
field(struct out *o, const char *name, struct str s, enum style st,
    int which)
{
	if (str_present(s))
		line(o, s, label(o, name), st, which);
}

static void
number(struct out *o, const char *name, long v)
{
	if (v > 0) {
		label(o, name);
		fprintf(o->fp, "%ld\n", v);
	}
}

/* Items joined with ", " on one line (wrapped on a terminal). */
static void
list(struct out *o, const char *name, const struct strlist *l)
{
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i;

	if (l->n == 0)
		return;
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_adds(&b, ", ");
		buf_add(&b, l->v[i].ptr, l->v[i].len);
	}
	line(o, buf_str(&b), label(o, name), STYLE_NONE, -1);
	o->oom |= b.oom;
	buf_free(&b);
}

/*
 * Multi-line text: paragraphs are separated by blank lines, and lines
 * within a paragraph (a list, say) are kept.
 */
static void
text_block(struct out *o, const char *name, struct str s, int which)
{
	const char	*p, *end, *nl;
	size_t		 at;
	bool		 first = true, blank = false;

	if (!str_present(s))
		return;
	at = label(o, name);
	for (p = s.ptr, end = s.ptr + s.len; p <= end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (nl == p) {
			blank = !first;
			if (nl == end)
				break;
			continue;
		}
		if (!first) {
			if (blank && o->tty)
				out_char(o, '\n');
			out_spaces(o, indent_of(o));
		}
		line(o, str_make(p, (size_t)(nl - p)), first ? at :
		    indent_of(o), STYLE_NONE, which);
		first = blank = false;
		if (nl == end)
			break;
	}
	if (first)
		out_char(o, '\n');
}

/* "2009, 231 pages, English, ISBN 978-92-9068-466-4" */
static void
editions(struct out *o, const struct pub *p)
{
	const struct edition	*e;
	struct buf		 b = { NULL, 0, 0, false };
	size_t			 i, j;

	for (i = 0; i < p->neditions; i++) {
		e = p->editions[i];
		buf_reset(&b);
		buf_printf(&b, "%ld", e->year);
		if (e->pages > 0)
			buf_printf(&b, ", %ld pages", e->pages);
		for (j = 0; j < e->languages.n; j++) {
			buf_adds(&b, j == 0 ? ", " : " and ");
			buf_add(&b, e->languages.v[j].ptr,
			    e->languages.v[j].len);
		}
		for (j = 0; j < e->isbn.n; j++) {
			buf_adds(&b, ", ISBN ");
			buf_add(&b, e->isbn.v[j].ptr, e->isbn.v[j].len);
		}
		line(o, buf_str(&b), label(o, "Edition"), STYLE_NONE, -1);
	}
	o->oom |= b.oom;
	buf_free(&b);
}

static void
price(struct out *o, const struct pub *p)
{
	if (!str_present(p->price.currency))
		return;
	label(o, "Price");
	out_text(o, p->price.currency);
	out_char(o, ' ');
	out_text(o, p->price.amount);
	out_char(o, '\n');
}

static void
record(struct out *o, const struct pub *p)
{
	field(o, "Title", p->title, STYLE_TITLE, FIELD_TITLE);
	field(o, "Id", p->id, STYLE_ID, -1);
	number(o, "Year", p->year);
	number(o, "Pages", p->pages);
	list(o, "Languages", &p->languages);
	list(o, "ISBN", &p->isbn);
	list(o, "E-ISBN", &p->eisbn);
	field(o, "ISSN", p->issn, STYLE_NONE, -1);
	price(o, p);
	list(o, "Available", &p->availability);
	editions(o, p);
	text_block(o, "Abstract", p->abstract, FIELD_ABSTRACT);
	text_block(o, "Notes", p->notes, FIELD_NOTES);
}

void
fmt_full(struct out *o, struct pub *const *v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n && !out_failed(o); i++) {
		if (i > 0)
			out_char(o, '\n');
		record(o, v[i]);
	}
}
