/*
 * fmt_csv.c: comma-separated values (RFC 4180), for spreadsheets.
 *
 * A header row of field names, then a row a record: every field, or
 * those of --fields; lists joined with "; ".  Lines end with CRLF.  A
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

/* The value inside its quotes, if any: quotes doubled, newlines kept. */
static void
csv_body(struct out *o, struct str s)
{
	char		 esc[8];
	uint32_t	 cp;
	size_t		 i, start, n;

	for (i = start = 0; i < s.len; i += n) {
		unsigned char b = (unsigned char)s.ptr[i];
		if ((b >= 0x20 && b < 0x7f && b != '"') || b == '\n') {
			n = 1;
			continue;
		}
		n = text_decode(s.ptr + i, s.len - i, &cp);
		if (cp != '"' && !text_is_unsafe(cp))
			continue;
		out_raw(o, s.ptr + start, i - start);
		start = i + n;
		if (cp == '"')
			out_str(o, "\"\"");
		else
			out_raw(o, esc, text_escape_cp(cp, esc));
	}
	out_raw(o, s.ptr + start, s.len - start);
}

static void
csv_value(struct out *o, struct str s, const struct format_opts *opts)
{
	bool	 quote = needs_quotes(s);

	if (quote)
		out_char(o, '"');
	if (!opts->csv_raw && formula_like(s))
		out_char(o, '\'');
	csv_body(o, s);
	if (quote)
		out_char(o, '"');
}

void
fmt_csv(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	static const struct delimited d = { ",", "\r\n", csv_value };

	format_delimited(o, v, n, opts, &d);
}
