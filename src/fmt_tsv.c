/*
 * fmt_tsv.c: tab-separated values, for spreadsheets, databases and awk.
 *
 *	id TAB title TAB year ... TAB notes		(a header row)
 *	caring-for-... TAB Caring for ... TAB 2009 ...
 *
 * Every field, or those of --fields, in that order; lists are joined with
 * "; ".  Unlike plain, a value can always be read back exactly: tab,
 * newline, carriage return and backslash are written \t, \n, \r and \\,
 * so that a value never spans columns or lines.  Other control
 * characters, and U+2028 and U+2029, which some readers take for line
 * breaks, are shown as out_text() shows them (\x1b, \u202e, \u2028).
 * As a backslash from the data is always doubled, every escape can be
 * undone.
 */
#include <stdint.h>

#include "catalog.h"
#include "format.h"
#include "out.h"
#include "text.h"

static void
tsv_value(struct out *o, struct str s, const struct format_opts *opts)
{
	char		 esc[8];
	uint32_t	 cp;
	size_t		 i, start, n;

	(void)opts;
	for (i = start = 0; i < s.len; i += n) {
		unsigned char b = (unsigned char)s.ptr[i];
		if (b >= 0x20 && b < 0x7f && b != '\\') {
			n = 1;
			continue;
		}
		n = text_decode(s.ptr + i, s.len - i, &cp);
		if (cp != '\\' && !text_is_unsafe(cp))
			continue;
		out_raw(o, s.ptr + start, i - start);
		start = i + n;
		if (cp == '\\')
			out_str(o, "\\\\");
		else
			out_raw(o, esc, text_escape_cp(cp, esc));
	}
	out_raw(o, s.ptr + start, s.len - start);
}

void
fmt_tsv(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	static const struct delimited d = { "\t", "\n", tsv_value };

	format_delimited(o, v, n, opts, &d);
}
