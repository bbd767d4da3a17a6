/*
 * fmt_csv.c: comma-separated values (RFC 4180), for spreadsheets.
 *
 * A header row of field names, then a row a record: every field, or
 * those of --fields; lists joined with "; ".  A price is two columns,
 * price (the amount, a number a spreadsheet can add up) and currency.
 * With --bom the file starts with a UTF-8 byte-order mark, without
 * which Excel reads the text in the local code page and garbles every
 * accent.  Lines end with CRLF.  A
 * value holding a comma, a double quote or a newline is quoted, its
 * quotes doubled; the newlines of an abstract stay inside the quotes.
 *
 * A spreadsheet runs a cell that starts with =, +, - or @ (or tab or
 * CR) as a formula, so such a value is prefixed with a single quote
 * unless --csv-raw asks for the data as it is.  CSV has no escapes, so
 * other control characters (tab and CR included) can only be shown as
 * out_text() shows them (\t, \r, \x1b, \u202e).
 */
#include <stdint.h>
#include <string.h>

#include "catalog.h"
#include "format.h"
#include "out.h"
#include "text.h"

/*
 * Would a spreadsheet take this value for a formula?  Decided on the data
 * itself, before a leading tab or CR becomes "\t" or "\r".
 */
static bool
formula_like(struct str s)
{
	return s.len > 0 && s.ptr[0] != '\0' &&
	    strchr("=+-@\t\r", s.ptr[0]) != NULL;
}

/* A CR is written "\r", so only these can need quotes. */
static bool
needs_quotes(struct str s)
{
	size_t	 i;

	for (i = 0; i < s.len; i++)
		if (s.ptr[i] == ',' || s.ptr[i] == '"' || s.ptr[i] == '\n')
			return true;
	return false;
}

/* Inside the quotes a newline is itself; other controls are shown. */
static bool
csv_unsafe(uint32_t cp)
{
	return cp != '\n' && text_is_unsafe(cp);
}

/* A double quote is doubled; the rest as out_text() shows it. */
static void
csv_escape(struct out *o, uint32_t cp)
{
	if (cp == '"')
		out_str(o, "\"\"");
	else
		out_visible(o, cp);
}

static const struct escape csv_escapes = {
	{ ['"'] = 1 }, csv_unsafe, csv_escape
};

static void
csv_value(struct out *o, struct str s, const struct format_opts *opts)
{
	bool	 quote = needs_quotes(s);

	if (quote)
		out_char(o, '"');
	if (!opts->csv_raw && formula_like(s))
		out_char(o, '\'');
	out_escaped(o, s, &csv_escapes);
	if (quote)
		out_char(o, '"');
}

void
fmt_csv(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	static const struct delimited d = { ",", "\r\n", true, csv_value };

	/* Excel reads UTF-8 without a BOM as the local code page. */
	if (opts->bom)
		out_str(o, "\xef\xbb\xbf");
	format_delimited(o, v, n, opts, &d);
}
