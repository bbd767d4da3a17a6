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

/* A backslash is doubled; the rest as out_text() shows it. */
static void
tsv_escape(struct out *o, uint32_t cp)
{
	if (cp == '\\')
		out_str(o, "\\\\");
	else
		out_visible(o, cp);
}

static const struct escape tsv_escapes = { { ['\\'] = 1 }, NULL, tsv_escape };

static void
tsv_value(struct out *o, struct str s, const struct format_opts *opts)
{
	(void)opts;
	out_escaped(o, s, &tsv_escapes);
}

void
fmt_tsv(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	static const struct delimited d = { "\t", "\n", false, tsv_value };

	format_delimited(o, v, n, opts, &d);
}
