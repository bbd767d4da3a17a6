/*
 * fmt_template.c: records written as the user's --template says.
 *
 *	iompubs list --template '{year}\t{title} ({languages})'
 *
 * {field} is the field's text (a list joined with ", ", a price as
 * "30 USD", editions as show writes them, absent: nothing); \t, \n and
 * \\ are a tab, a newline and a backslash; {{ and }} are braces.  Each
 * record's text is followed by a newline.  The template's own text is
 * written as it is; the data is shown as out_text() shows it, so that a
 * newline in an abstract is "\n" and a record stays on its line unless
 * the template breaks it.
 *
 * The template is checked when the option is read, with the same parser
 * that writes it, so that a mistake is a usage error before the
 * catalogue is even loaded.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "format.h"
#include "out.h"
#include "text.h"

enum piece_kind {
	PIECE_TEXT,		/* bytes to write as they are */
	PIECE_FIELD,		/* a field's value */
	PIECE_END,
	PIECE_ERROR		/* err says what */
};

struct piece {
	const char	*text;		/* PIECE_TEXT */
	size_t		 len;
	enum field	 field;		/* PIECE_FIELD */
};

static enum piece_kind
unknown_field(const char *name, size_t len, size_t col, char *err,
    size_t errsize)
{
	const char	*near;
	char		 q[40];	/* the message fits listopts' 256 bytes */

	if (len == 0) {
		snprintf(err, errsize, "'{}' at column %zu names no field "
		    "(write '{{}}' for braces)", col);
		return PIECE_ERROR;
	}
	near = field_suggest(name, len);
	text_quote(q, sizeof(q), name, len, 20);
	snprintf(err, errsize, "unknown field '%s' at column %zu%s%s%s; "
	    "fields are %s", q, col, near ? " (did you mean '" : "",
	    near ? near : "", near ? "'?)" : "", field_list());
	return PIECE_ERROR;
}

/* \t, \n or \\ at p: its character in pc; false if unknown. */
static bool
escape(const char *p, struct piece *pc)
{
	switch (p[1]) {
	case 't':
		pc->text = "\t";
		break;
	case 'n':
		pc->text = "\n";
		break;
	case '\\':
		pc->text = "\\";
		break;
	default:
		return false;
	}
	pc->len = 1;
	return true;
}

static enum piece_kind
bad_escape(const char *p, size_t col, char *err, size_t errsize)
{
	char		 q[32];
	uint32_t	 cp;

	if (p[1] == '\0') {
		snprintf(err, errsize, "'\\' at the end; write '\\\\' for a "
		    "backslash");
		return PIECE_ERROR;
	}
	text_quote(q, sizeof(q), p, 1 + text_decode(p + 1, strlen(p + 1),
	    &cp), 8);
	snprintf(err, errsize, "unknown escape '%s' at column %zu; escapes "
	    "are \\t, \\n and \\\\", q, col);
	return PIECE_ERROR;
}

/* The 1-based column, in characters, of p in tpl, for messages. */
static size_t
column(const char *tpl, const char *p)
{
	size_t	 col = 1;

	for (; tpl < p; tpl++)
		if (((unsigned char)*tpl & 0xc0) != 0x80)
			col++;
	return col;
}

/*
 * The piece of template tpl at *pp, which is then moved past it.  On
 * PIECE_ERROR, err holds a message that gives the column.
 */
static enum piece_kind
next_piece(const char *tpl, const char **pp, struct piece *pc, char *err,
    size_t errsize)
{
	const char	*p = *pp, *end;
	int		 f;

	switch (*p) {
	case '\0':
		return PIECE_END;
	case '\\':
		if (!escape(p, pc))
			return bad_escape(p, column(tpl, p), err, errsize);
		*pp = p + 2;
		return PIECE_TEXT;
	case '{':
	case '}':
		if (p[1] == p[0]) {
			pc->text = p;
			pc->len = 1;
			*pp = p + 2;
			return PIECE_TEXT;
		}
		if (p[0] == '}') {
			snprintf(err, errsize, "'}' at column %zu closes no "
			    "'{' (write '}}' for a brace)", column(tpl, p));
			return PIECE_ERROR;
		}
		if ((end = strchr(p + 1, '}')) == NULL) {
			snprintf(err, errsize, "'{' at column %zu is not "
			    "closed (write '{{' for a brace)", column(tpl, p));
			return PIECE_ERROR;
		}
		if ((f = field_find(p + 1, (size_t)(end - p - 1))) < 0)
			return unknown_field(p + 1, (size_t)(end - p - 1),
			    column(tpl, p), err, errsize);
		pc->field = (enum field)f;
		*pp = end + 1;
		return PIECE_FIELD;
	default:
		pc->text = p;
		pc->len = strcspn(p, "\\{}");
		*pp = p + pc->len;
		return PIECE_TEXT;
	}
}

bool
template_check(const char *tpl, char *err, size_t errsize)
{
	struct piece	 pc;
	const char	*p = tpl;
	enum piece_kind	 k;

	while ((k = next_piece(tpl, &p, &pc, err, errsize)) != PIECE_END)
		if (k == PIECE_ERROR)
			return false;
	return true;
}

static void
record(struct out *o, struct buf *b, const struct pub *p, const char *tpl)
{
	struct piece	 pc;
	const char	*t = tpl;
	char		 err[256];
	enum piece_kind	 k;

	while ((k = next_piece(tpl, &t, &pc, err, sizeof(err))) != PIECE_END &&
	    k != PIECE_ERROR) {
		if (k == PIECE_TEXT) {
			out_raw(o, pc.text, pc.len);
			continue;
		}
		buf_reset(b);
		pub_field_text(b, p, pc.field, ", ");
		out_text(o, buf_str(b));
	}
	out_char(o, '\n');
}

void
fmt_template(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i;

	/* listopts_done() makes sure there is a template, checked. */
	if (opts->template == NULL)
		return;
	for (i = 0; i < n && !out_failed(o); i++)
		record(o, &b, v[i], opts->template);
	o->oom |= b.oom;
	buf_free(&b);
}
