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
 * Records are separated by a blank line, and so are the paragraphs of
 * the abstract and notes, in a pipe or a file as on a terminal: the text
 * must read the same in less, a file or an fzf preview.  Without a width
 * (a pipe) each value, and each line of a paragraph, is one line, so grep
 * finds a field; with one (a terminal, or --width) long values are
 * wrapped with a hanging indent.  Absent fields are left out.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "format.h"
#include "obtain.h"
#include "out.h"
#include "text.h"

#define LABEL_WIDTH	12	/* "Languages:" and two spaces */
#define NARROW		40	/* below this, values go under the label */

static size_t
indent_of(const struct out *o)
{
	if (o->width > 0 && o->width < NARROW)
		return o->width > 8 ? 2 : 0;
	return LABEL_WIDTH;
}

/* Where the value goes after label: returns the column it starts at. */
static size_t
label(struct out *o, const char *name)
{
	char	 text[32];

	snprintf(text, sizeof(text), "%s:", name);
	out_style(o, STYLE_LABEL);
	if (o->width > 0 && o->width < NARROW) {
		/* Narrow: the label alone (cut if need be), values below. */
		out_fit(o, str_cstr(text), o->width);
		out_unstyle(o, STYLE_LABEL);
		out_char(o, '\n');
		out_spaces(o, indent_of(o));
		return indent_of(o);
	}
	out_str(o, text);
	out_unstyle(o, STYLE_LABEL);
	out_spaces(o, LABEL_WIDTH - strlen(name) - 1);
	return LABEL_WIDTH;
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
	if (o->width > 0) {
		out_wrap_marked(o, s, at, indent_of(o), mk);
		out_unstyle(o, st);
		return;
	}
	out_text_marked(o, s, mk);
	out_unstyle(o, st);
	out_char(o, '\n');
}

/* Items joined with ", " on one line (wrapped on a terminal). */
static void
joined(struct out *o, const char *name, const struct pub *p, enum field f,
    struct buf *b)
{
	buf_reset(b);
	pub_field_text(b, p, f, ", ");
	line(o, buf_str(b), label(o, name), STYLE_NONE, -1);
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
			if (blank)
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

/* Each edition on a line of its own. */
static void
editions(struct out *o, const struct pub *p, const char *name,
    struct buf *b)
{
	size_t	 i;

	for (i = 0; i < p->neditions; i++) {
		buf_reset(b);
		edition_text(b, p->editions[i]);
		line(o, buf_str(b), label(o, name), STYLE_NONE, -1);
	}
}

static void
full_field(struct out *o, const struct pub *p, enum field f, struct buf *b)
{
	const struct field_info	*fi = field_info(f);
	int			 which = fi->flags & FIELD_WORDS ? (int)f : -1;

	if (!pub_has(p, f))
		return;
	if (fi->kind == KIND_EDITIONS)
		editions(o, p, fi->label, b);
	else if (fi->flags & FIELD_BLOCK)
		text_block(o, fi->label, pub_text(p, f), which);
	else if (fi->kind == KIND_TEXT)
		line(o, pub_text(p, f), label(o, fi->label), format_style(f),
		    which);
	else
		joined(o, fi->label, p, f, b);
}

/*
 * How to get it, for show: one labelled line a way, from the
 * catalogue's header (see obtain.h).
 */
static void
obtain(struct out *o, const struct pub *p, const struct catalog_info *info)
{
	enum obtain_way	 ways[OBTAIN__COUNT];
	struct obtain	 ob;
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i, n;

	obtain_of(&ob, p, info);
	n = obtain_ways(&ob, ways);
	for (i = 0; i < n; i++) {
		if (ways[i] == OBTAIN_WEB)
			continue;	/* the URL line above says it */
		buf_reset(&b);
		obtain_text(&b, &ob, ways[i]);
		line(o, buf_str(&b), label(o, obtain_label(ways[i])),
		    STYLE_NONE, -1);
	}
	o->oom |= b.oom;
	buf_free(&b);
}

void
fmt_full(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i, j;

	for (i = 0; i < n && !out_failed(o); i++) {
		if (i > 0)
			out_char(o, '\n');
		if (opts->fields != NULL) {
			for (j = 0; j < opts->nfields; j++)
				full_field(o, v[i], opts->fields[j], &b);
		} else {
			/* The title first, as a heading, then the file's. */
			full_field(o, v[i], FIELD_TITLE, &b);
			for (j = 0; j < FIELD__COUNT; j++)
				if (j != FIELD_TITLE)
					full_field(o, v[i], (enum field)j, &b);
		}
		if (opts->obtain)
			obtain(o, v[i], opts->info);
	}
	o->oom |= b.oom;
	buf_free(&b);
}
