/*
 * fmt_rec.c: records for GNU recutils (recsel, recinf, recfix).
 *
 *	%rec: Publication
 *	%key: id
 *	%type: year int
 *	%type: pages int
 *
 *	id: caring-for-trafficked-persons-2009
 *	title: Caring for Trafficked Persons: Guidance for Health Providers
 *	year: 2009
 *	language: English
 *	language: Chinese
 *	...
 *	abstract: For many trafficked persons, ...
 *	+
 *	+ Caring for Trafficked Persons brings together ...
 *
 * Every field, or those of --fields, under the catalogue's key names,
 * except that a list is one field per item, named in the singular
 * (language, edition; isbn, eisbn and availability already are).  The
 * descriptor declares only what the fields written can honour: %key
 * when id is written, %type when year or pages is.  Absent values are
 * left out.  A newline in a value continues it on a "+ " line; a line of
 * a value that ends with a backslash, which rec reads as joining the
 * next line, is followed by a line continuation and an empty line, so
 * that it reads back whole.  Other control characters are shown as
 * out_text() shows them (\t, \x1b, \u202e): rec has no escapes.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "format.h"
#include "out.h"
#include "text.h"

/* "name: value", multi-line values continued on "+ " lines. */
static void
rec_field(struct out *o, const char *name, struct str s)
{
	const char	*p, *end = s.ptr + s.len, *nl;

	out_str(o, name);
	out_char(o, ':');
	for (p = s.ptr; ; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (p > s.ptr)
			out_str(o, "\n+");
		if (nl > p) {
			out_char(o, ' ');
			out_text(o, str_make(p, (size_t)(nl - p)));
			if (nl[-1] == '\\')
				out_str(o, "\\\n");
		}
		if (nl == end)
			break;
	}
	out_char(o, '\n');
}

static void
rec_list(struct out *o, const char *name, const struct strlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		rec_field(o, name, l->v[i]);
}

static void
rec_value(struct out *o, struct buf *b, const struct pub *p, enum field f)
{
	const struct field_info	*fi = field_info(f);
	size_t			 i;

	switch (fi->kind) {
	case KIND_LIST:
		rec_list(o, fi->one, pub_list(p, f));
		break;
	case KIND_EDITIONS:
		for (i = 0; i < p->neditions; i++) {
			buf_reset(b);
			edition_text(b, p->editions[i]);
			rec_field(o, fi->one, buf_str(b));
		}
		break;
	default:
		if (!pub_has(p, f))
			break;
		buf_reset(b);
		pub_field_text(b, p, f, "; ");
		rec_field(o, fi->name, buf_str(b));
		break;
	}
}

static void
rec_descriptor(struct out *o, const struct format_opts *opts)
{
	bool	 has[FIELD__COUNT];
	size_t	 j;

	for (j = 0; j < FIELD__COUNT; j++)
		has[j] = opts->fields == NULL;
	for (j = 0; opts->fields != NULL && j < opts->nfields; j++)
		has[opts->fields[j]] = true;
	out_str(o, "%rec: Publication\n");
	if (has[FIELD_ID] && !opts->editions)	/* editions share an id */
		out_str(o, "%key: id\n");
	for (j = 0; j < FIELD__COUNT; j++)
		if (has[j] && field_info((enum field)j)->kind == KIND_NUMBER) {
			out_str(o, "%type: ");
			out_str(o, field_name((enum field)j));
			out_str(o, " int\n");
		}
}

void
fmt_rec(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i, j, nf;

	nf = opts->fields != NULL ? opts->nfields : FIELD__COUNT;
	rec_descriptor(o, opts);
	for (i = 0; i < n && !out_failed(o); i++) {
		out_char(o, '\n');
		for (j = 0; j < nf; j++)
			rec_value(o, &b, v[i], opts->fields != NULL ?
			    opts->fields[j] : (enum field)j);
	}
	o->oom |= b.oom;
	buf_free(&b);
}
