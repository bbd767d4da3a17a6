/*
 * fmt_cite.c: a formatted reference a line, for a word processor.
 *
 *	International Organization for Migration. (2009). Caring for
 *	Trafficked Persons: Guidance for Health Providers. International
 *	Organization for Migration.
 *
 * (on one line) in the style of --style, APA by default; cite.c writes
 * it.  On a terminal the title is in italics, as the style sets it; in a
 * pipe the text is plain.  A reference is never wrapped, so that it can
 * be pasted whole.
 */
#include <stdio.h>

#include "buf.h"
#include "catalog.h"
#include "cite.h"
#include "format.h"
#include "out.h"
#include "text.h"

void
fmt_cite(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	struct buf	 b = { NULL, 0, 0, false };
	struct cite	 c;
	struct mark	 it;
	size_t		 i;

	for (i = 0; i < n && !out_failed(o); i++) {
		buf_reset(&b);
		cite_of(&c, v[i], opts->info);
		o->oom |= c.oom;
		cite_reference(&b, &c, (enum cite_style)opts->cite_style, &it);
		if (b.oom)
			break;
		out_text(o, str_make(b.p, it.start));
		out_style(o, STYLE_ITALIC);
		out_text(o, str_make(b.p + it.start, it.end - it.start));
		out_unstyle(o, STYLE_ITALIC);
		out_text(o, str_make(b.p + it.end, b.len - it.end));
		out_char(o, '\n');
	}
	o->oom |= b.oom;
	buf_free(&b);
}
