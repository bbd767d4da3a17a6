/*
 * fmt_bibtex.c: entries for BibTeX and biblatex.
 *
 *	@book{caring-for-trafficked-persons-2009,
 *	  author = {{International Organization for Migration}},
 *	  title = {{Caring for Trafficked Persons: Guidance for Health ...}},
 *	  publisher = {International Organization for Migration},
 *	  address = {Geneva},
 *	  year = {2009},
 *	  pagetotal = {231},
 *	  isbn = {978-92-9068-466-4, 978-92-9068-555-5, ...},
 *	  language = {English and Chinese and Spanish and Arabic},
 *	  abstract = {For many trafficked persons, ...
 *
 *	    Caring for Trafficked Persons brings together ...}
 *	}
 *
 * The facts are cite.h's: a record with an ISBN is a @book, any other a
 * @techreport, whose institution is the publisher.  The author is the
 * corporate body, braced so that no style splits it into first and last
 * names; the address is the publisher's city.  pagetotal is the number
 * of pages (BibTeX's pages is a range within a work).  The catalogue's
 * transcription notes are not part of a reference and are left out.
 *
 * The key is the id, so that citations survive a new export; characters
 * a key cannot hold are written +xx (their UTF-8 bytes in hex, and + as
 * +2b), which keeps keys distinct; an edition's row (list --editions)
 * adds +edN.  The title is braced twice to keep
 * its capitals.  isbn holds the print ISBNs, then the E-ISBNs.  LaTeX's
 * special characters are escaped, braces as \textbraceleft{} and
 * \textbraceright{} so that every value stays balanced; other text,
 * UTF-8 included, is kept.  A url is written as it is when it holds
 * only what a url may, else escaped like text.  Languages are joined
 * with " and ", as biblatex lists are, a language with an "and" in its
 * name braced whole.  The lines of the abstract stay lines (a blank line
 * is a paragraph break to TeX too), indented so that none starts with
 * "@"; elsewhere a newline, like any control character, is shown as
 * out_text() shows it, spelled in LaTeX (\textbackslash{}n).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "catalog.h"
#include "cite.h"
#include "format.h"
#include "lexicon.h"
#include "out.h"
#include "text.h"

/* Characters every BibTeX and biblatex tool takes in a key. */
static bool
key_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || strchr("-_.:/", c) != NULL;
}

static void
bib_key(struct out *o, const struct pub *p)
{
	size_t	 i;

	if (!str_present(p->id) || p->id.len == 0) {
		out_printf(o, "pub-%zu", p->index + 1);
		return;
	}
	for (i = 0; i < p->id.len; i++) {
		unsigned char c = (unsigned char)p->id.ptr[i];
		if (c != '\0' && key_char(c))
			out_char(o, c);
		else
			out_printf(o, "+%02x", c);
	}
	/*
	 * An edition of list --editions: "+ed2".  No record's key ends so:
	 * "+ed" would be the escaped byte 0xed, which UTF-8 never follows
	 * with a digit.
	 */
	if (p->edition > 0)
		out_printf(o, "+ed%zu", p->edition);
}

/* One character of text, LaTeX's specials escaped. */
static void
bib_char(struct out *o, char c)
{
	switch (c) {
	case '&': case '%': case '$': case '#': case '_':
		out_char(o, '\\');
		out_char(o, c);
		break;
	case '{':
		out_str(o, "\\textbraceleft{}");
		break;
	case '}':
		out_str(o, "\\textbraceright{}");
		break;
	case '~':
		out_str(o, "\\textasciitilde{}");
		break;
	case '^':
		out_str(o, "\\textasciicircum{}");
		break;
	case '\\':
		out_str(o, "\\textbackslash{}");
		break;
	default:
		out_char(o, c);
		break;
	}
}

/* A character LaTeX must not read as it is, or an unsafe one, shown. */
static void
bib_escape(struct out *o, uint32_t cp)
{
	char	 esc[8];
	size_t	 k, n;

	if (cp < 0x80 && cp >= 0x20 && cp != 0x7f) {
		bib_char(o, (char)cp);
		return;
	}
	/* As out_text() shows it, spelled in LaTeX: \textbackslash{}n. */
	n = text_escape_cp(cp, esc);
	for (k = 0; k < n; k++)
		bib_char(o, esc[k]);
}

static const struct escape bib_escapes = {
	{ ['&'] = 1, ['%'] = 1, ['$'] = 1, ['#'] = 1, ['_'] = 1, ['{'] = 1,
	  ['}'] = 1, ['~'] = 1, ['^'] = 1, ['\\'] = 1 }, NULL, bib_escape
};

/*
 * Text for a braced value.  With lines, a newline stays a newline and
 * the next line is indented; without, it is shown like other controls.
 */
static void
bib_text(struct out *o, struct str s, bool lines)
{
	const char	*p, *end = s.ptr + s.len, *nl;

	if (!lines) {
		out_escaped(o, s, &bib_escapes);
		return;
	}
	for (p = s.ptr; ; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (p > s.ptr) {
			out_char(o, '\n');
			if (nl > p)
				out_str(o, "    ");
		}
		out_escaped(o, str_make(p, (size_t)(nl - p)), &bib_escapes);
		if (nl == end)
			break;
	}
}

static void
bib_start(struct out *o, const char *name)
{
	out_printf(o, ",\n  %s = {", name);
}

static void
bib_field(struct out *o, const char *name, struct str s, bool lines)
{
	if (!str_present(s))
		return;
	bib_start(o, name);
	bib_text(o, s, lines);
	out_char(o, '}');
}

/*
 * Would a name list split s at an "and"?  The ends of s count as blanks:
 * " and " joins it to its neighbours, so "x and" would split too.
 */
static bool
has_and(struct str s)
{
	size_t	 i;

	for (i = 0; i + 3 <= s.len; i++)
		if ((i == 0 || s.ptr[i - 1] == ' ') &&
		    (i + 3 == s.len || s.ptr[i + 3] == ' ') &&
		    strncasecmp(s.ptr + i, "and", 3) == 0)
			return true;
	return false;
}

/*
 * Items joined by sep, continuing from item *nth; joined by " and ", an
 * item holding an "and" of its own ("Bosnia and Herzegovina") is braced.
 */
static void
bib_list(struct out *o, const struct strlist *l, const char *sep,
    size_t *nth)
{
	size_t	 i;
	bool	 brace;

	for (i = 0; i < l->n; i++, (*nth)++) {
		if (*nth > 0)
			out_str(o, sep);
		brace = strcmp(sep, " and ") == 0 && has_and(l->v[i]);
		if (brace)
			out_char(o, '{');
		bib_text(o, l->v[i], false);
		if (brace)
			out_char(o, '}');
	}
}

/* Can s go into a url field as it is: printable ASCII, no {}\\"? */
static bool
url_plain(struct str s)
{
	size_t	 i;

	for (i = 0; i < s.len; i++)
		if (s.ptr[i] <= ' ' || s.ptr[i] >= 0x7f ||
		    strchr("{}\\\"", s.ptr[i]) != NULL)
			return false;
	return true;
}

static void
bib_entry(struct out *o, const struct pub *p, const struct catalog_info *info)
{
	struct cite	 c;
	size_t		 nth;

	cite_of(&c, p, info);
	out_str(o, c.type == CITE_BOOK ? "@book{" : "@techreport{");
	bib_key(o, p);
	if (str_present(c.author)) {
		bib_start(o, "author");
		out_char(o, '{');
		bib_text(o, c.author, false);
		out_str(o, "}}");
	}
	if (str_present(p->title)) {
		bib_start(o, "title");
		out_char(o, '{');
		bib_text(o, p->title, false);
		out_str(o, "}}");
	}
	bib_field(o, c.type == CITE_BOOK ? "publisher" : "institution",
	    c.publisher, false);
	bib_field(o, "address", c.place, false);
	if (p->year > 0)
		out_printf(o, ",\n  year = {%ld}", p->year);
	if (p->pages > 0)
		out_printf(o, ",\n  pagetotal = {%ld}", p->pages);
	if (p->isbn.n + p->eisbn.n > 0) {
		bib_start(o, "isbn");
		nth = 0;
		bib_list(o, &p->isbn, ", ", &nth);
		bib_list(o, &p->eisbn, ", ", &nth);
		out_char(o, '}');
	}
	bib_field(o, "issn", p->issn, false);
	if (p->languages.n > 0) {
		bib_start(o, "language");
		nth = 0;
		bib_list(o, &p->languages, " and ", &nth);
		out_char(o, '}');
	}
	if (p->countries.n > 0) {
		/* By their names, as keywords: biblatex has no field. */
		bib_start(o, "keywords");
		for (nth = 0; nth < p->countries.n; nth++) {
			const struct lex_country *k = lex_country(
			    p->countries.v[nth].ptr, p->countries.v[nth].len);
			if (nth > 0)
				out_str(o, ", ");
			bib_text(o, k != NULL ? str_cstr(k->name) :
			    p->countries.v[nth], false);
		}
		out_char(o, '}');
	}
	if (str_present(p->url) && url_plain(p->url)) {
		bib_start(o, "url");
		out_raw(o, p->url.ptr, p->url.len);
		out_char(o, '}');
	} else
		bib_field(o, "url", p->url, false);
	bib_field(o, "abstract", p->abstract, true);
	out_str(o, "\n}\n");
}

void
fmt_bibtex(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	size_t	 i;

	for (i = 0; i < n && !out_failed(o); i++) {
		if (i > 0)
			out_char(o, '\n');
		bib_entry(o, v[i], opts->info);
	}
}
