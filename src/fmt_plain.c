/*
 * fmt_plain.c: one record a line, for grep, cut and awk.
 *
 *	id TAB year TAB pages TAB languages TAB title
 *
 * or the fields given with --fields.  Lists are joined with ", ".  A
 * missing value is an empty field.  Nothing is ever cut; tabs and
 * newlines inside values are shown as \t and \n so that a record stays
 * on one line.
 */
#include <stdio.h>

#include "buf.h"
#include "format.h"
#include "out.h"

static void
chosen_fields(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i, j;

	for (i = 0; i < n && !out_failed(o); i++) {
		for (j = 0; j < opts->nfields; j++) {
			if (j > 0)
				out_char(o, '\t');
			buf_reset(&b);
			pub_field_text(&b, v[i], opts->fields[j], ", ");
			out_text(o, buf_str(&b));
		}
		out_char(o, '\n');
	}
	o->oom |= b.oom;
	buf_free(&b);
}

void
fmt_plain(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	const struct pub	*p;
	size_t			 i, j;

	if (opts->fields != NULL) {
		chosen_fields(o, v, n, opts);
		return;
	}
	for (i = 0; i < n && !out_failed(o); i++) {
		p = v[i];
		out_text(o, p->id);
		out_char(o, '\t');
		out_number(o, p->year);
		out_char(o, '\t');
		if (p->pages > 0)
			out_number(o, p->pages);
		out_char(o, '\t');
		for (j = 0; j < p->languages.n; j++) {
			if (j > 0)
				out_str(o, ", ");
			out_text(o, p->languages.v[j]);
		}
		out_char(o, '\t');
		out_text(o, p->title);
		out_char(o, '\n');
	}
}
