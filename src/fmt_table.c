/*
 * fmt_table.c: aligned columns for a person at a terminal.
 *
 * The title takes the space the other columns leave.  On a terminal no
 * line is wider than the screen: long ids and language lists are cut
 * first, then columns are dropped, and a title that still does not fit
 * is cut with "…".  Written to a pipe, the same table keeps every value
 * whole.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "format.h"
#include "out.h"

#define GAP		2	/* spaces between columns */
#define TITLE_MIN	24	/* below this, narrow the other columns */
#define ID_MIN		12
#define LANG_MIN	10

enum col { COL_ID, COL_YEAR, COL_PAGES, COL_LANG, COL_TITLE, NCOLS };

static const char *const headers[NCOLS] = {
	"ID", "YEAR", "PAGES", "LANGUAGES", "TITLE"
};

struct layout {
	size_t	 w[NCOLS];		/* column widths; 0: column dropped */
	size_t	 title;			/* columns for the title; 0: no limit */
};

/* Languages joined with ", " into b; returns the text. */
static struct str
join_languages(const struct pub *p, struct buf *b)
{
	size_t	 i;

	buf_reset(b);
	for (i = 0; i < p->languages.n; i++) {
		if (i > 0)
			buf_adds(b, ", ");
		buf_add(b, p->languages.v[i].ptr, p->languages.v[i].len);
	}
	return buf_str(b);
}

static size_t
digits(long v)
{
	size_t	 n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

static size_t
used_width(const struct layout *L)
{
	size_t	 c, w = 0;

	for (c = 0; c < COL_TITLE; c++)
		if (L->w[c] > 0)
			w += L->w[c] + GAP;
	return w;
}

/* Fit the columns into width, narrowing and dropping as needed. */
static void
fit(struct layout *L, size_t width)
{
	static const enum col drop_order[] = { COL_LANG, COL_PAGES, COL_ID };
	size_t	 i;

	if (used_width(L) + TITLE_MIN > width && L->w[COL_LANG] > LANG_MIN)
		L->w[COL_LANG] = LANG_MIN;
	if (used_width(L) + TITLE_MIN > width && L->w[COL_ID] > ID_MIN)
		L->w[COL_ID] = ID_MIN;
	for (i = 0; i < 3 && used_width(L) + TITLE_MIN / 2 > width; i++)
		L->w[drop_order[i]] = 0;
	L->title = width > used_width(L) + 1 ? width - used_width(L) : 1;
}

static void
cell(struct out *o, struct str s, size_t w, bool right, enum style st)
{
	size_t	 sw;

	if (w == 0)
		return;
	sw = out_width(s);
	if (right && sw < w)
		out_spaces(o, w - sw);
	out_style(o, st);
	sw = o->tty ? out_fit(o, s, w) : (out_text(o, s), sw);
	out_unstyle(o, st);
	if (!right && sw < w)
		out_spaces(o, w - sw);
	out_spaces(o, GAP);
}

void
fmt_table(struct out *o, struct pub *const *v, size_t n)
{
	struct layout	 L;
	struct buf	 lb = { NULL, 0, 0, false };
	char		 num[24];
	size_t		 i, c, w;

	memset(&L, 0, sizeof(L));
	for (c = 0; c < NCOLS; c++)
		L.w[c] = strlen(headers[c]);
	for (i = 0; i < n; i++) {
		if ((w = out_width(v[i]->id)) > L.w[COL_ID])
			L.w[COL_ID] = w;
		if (v[i]->pages > 0 && (w = digits(v[i]->pages)) > L.w[COL_PAGES])
			L.w[COL_PAGES] = w;
		if ((w = out_width(join_languages(v[i], &lb))) >
		    L.w[COL_LANG])
			L.w[COL_LANG] = w;
	}
	if (o->tty && o->width > 0)
		fit(&L, o->width);

	for (c = 0; c < COL_TITLE; c++)
		cell(o, str_cstr(headers[c]), L.w[c], c == COL_YEAR ||
		    c == COL_PAGES, STYLE_HEADER);
	out_style(o, STYLE_HEADER);
	out_str(o, headers[COL_TITLE]);
	out_unstyle(o, STYLE_HEADER);
	out_char(o, '\n');

	for (i = 0; i < n && !out_failed(o); i++) {
		const struct pub *p = v[i];

		cell(o, p->id, L.w[COL_ID], false, STYLE_ID);
		snprintf(num, sizeof(num), "%ld", p->year);
		cell(o, str_cstr(num), L.w[COL_YEAR], true, STYLE_NONE);
		if (p->pages > 0)
			snprintf(num, sizeof(num), "%ld", p->pages);
		else
			num[0] = '\0';
		cell(o, str_cstr(num), L.w[COL_PAGES], true, STYLE_NONE);
		cell(o, join_languages(p, &lb), L.w[COL_LANG], false,
		    STYLE_NONE);
		out_style(o, STYLE_TITLE);
		if (o->tty && o->width > 0)
			out_fit(o, p->title, L.title);
		else
			out_text(o, p->title);
		out_unstyle(o, STYLE_TITLE);
		out_char(o, '\n');
	}
	o->oom |= lb.oom;
	buf_free(&lb);
}
