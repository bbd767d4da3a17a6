/*
 * fmt_table.c: aligned columns for a person at a terminal.
 *
 * The title matters most and takes the space the other columns leave.
 * On a terminal no line is wider than the screen.  Ids are only useful
 * whole (they are typed back to show), so the ID column is shown only
 * when the screen has room for the longest id and a title column of
 * reasonable width; language lists are cut before that, and PAGES and
 * LANGUAGES are dropped on very narrow screens.  A title that still
 * does not fit is cut with "…".  Written to a pipe, the same table keeps
 * every value whole.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "format.h"
#include "out.h"

#define GAP		2	/* spaces between columns */
#define TITLE_MIN	20	/* below this, drop other columns */
#define LANG_MIN	10	/* cut language lists no shorter */

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

/* Columns the title gets with the other columns as they are. */
static size_t
title_room(const struct layout *L, size_t width)
{
	size_t	 used = used_width(L);

	return width > used ? width - used : 0;
}

/* Narrow the language column (not below LANG_MIN) to leave want. */
static void
narrow_languages(struct layout *L, size_t width, size_t want)
{
	size_t	 short_by;

	if (title_room(L, width) >= want || L->w[COL_LANG] <= LANG_MIN)
		return;
	short_by = used_width(L) + want - width;
	L->w[COL_LANG] = L->w[COL_LANG] > LANG_MIN + short_by ?
	    L->w[COL_LANG] - short_by : LANG_MIN;
}

/*
 * Fit the columns into width.  The title should get two fifths of the
 * screen (or its whole length, if less), and never less than TITLE_MIN;
 * languages at most a fifth.
 * Keep the ID column if cutting the languages makes room for it; else
 * drop it and give the languages what is left.
 */
static void
fit(struct layout *L, size_t width, size_t title_w)
{
	struct layout	 with_id;
	size_t		 want, lang_max;

	/* A long list of languages is worth a fifth of the screen. */
	lang_max = width / 5 > LANG_MIN ? width / 5 : LANG_MIN;
	if (L->w[COL_LANG] > lang_max)
		L->w[COL_LANG] = lang_max;
	with_id = *L;
	want = width * 2 / 5 > TITLE_MIN ? width * 2 / 5 : TITLE_MIN;
	if (want > title_w)
		want = title_w;
	narrow_languages(&with_id, width, want);
	if (title_room(&with_id, width) >= want)
		*L = with_id;
	else {
		L->w[COL_ID] = 0;
		narrow_languages(L, width, want);
	}
	if (title_room(L, width) < TITLE_MIN)
		L->w[COL_PAGES] = 0;
	if (title_room(L, width) < TITLE_MIN)
		L->w[COL_LANG] = 0;
	L->title = title_room(L, width) > 0 ? title_room(L, width) : 1;
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
	struct mark	 mbuf[OUT_MAX_MARKS];
	struct marks	 mks;
	const struct marks *mk;
	char		 num[24];
	size_t		 i, c, w, title_w = 0;

	memset(&L, 0, sizeof(L));
	for (c = 0; c < NCOLS; c++)
		L.w[c] = strlen(headers[c]);
	for (i = 0; i < n; i++) {
		if ((w = out_width(v[i]->id)) > L.w[COL_ID])
			L.w[COL_ID] = w;
		if ((w = out_width(v[i]->title)) > title_w)
			title_w = w;
		if (v[i]->pages > 0 && (w = digits(v[i]->pages)) > L.w[COL_PAGES])
			L.w[COL_PAGES] = w;
		if ((w = out_width(join_languages(v[i], &lb))) >
		    L.w[COL_LANG])
			L.w[COL_LANG] = w;
	}
	if (o->tty && o->width > 0)
		fit(&L, o->width, title_w);

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
		mk = out_marks(o, FIELD_TITLE, p->title, mbuf, &mks);
		out_style(o, STYLE_TITLE);
		if (o->tty && o->width > 0)
			out_fit_marked(o, p->title, L.title, mk);
		else
			out_text_marked(o, p->title, mk);
		out_unstyle(o, STYLE_TITLE);
		out_char(o, '\n');
	}
	o->oom |= lb.oom;
	buf_free(&lb);
}
