/*
 * fmt_table.c: aligned columns for a person at a terminal.
 *
 * The default columns are ID, YEAR, PAGES, LANGUAGES and TITLE (and
 * SCORE first, for search).  On a terminal no line is wider than the
 * screen.  The id is what a person acts on (it is typed or pasted back
 * to show), so it is always there: whole as long as the title keeps
 * TITLE_FLOOR columns, after language lists are cut and PAGES,
 * LANGUAGES, SCORE and YEAR given up, in that order, for the title.  On
 * a narrower screen an id is cut to a start that no other id of the
 * catalogue shares (as git abbreviates hashes), marked with "…", which
 * show accepts.  The title takes the rest, cut with "…".
 *
 * With --fields, the columns are those fields; the title (or else the
 * last column) takes the space left, and the widest of the others are
 * narrowed until the table fits, ids never below their unique start.
 *
 * Written to a pipe, the same table keeps every value whole.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "format.h"
#include "out.h"

#define GAP		2	/* spaces between columns */
#define TITLE_MIN	20	/* below this, drop other columns */
#define TITLE_YEAR	16	/* drop the year to give the title this */
#define TITLE_FLOOR	5	/* below this, cut ids to a unique start */
#define LANG_MIN	10	/* cut language lists no shorter */
#define COL_MIN		4	/* cut --fields columns no narrower */
#define SNIPPET_INDENT	4
#define MAXCOLS		(FIELD__COUNT + 1)
#define SCORE		(-1)	/* the column of search scores */

struct col {
	int		 field;		/* enum field, or SCORE */
	size_t		 w;		/* width; 0: dropped */
	bool		 right;		/* numbers are right-aligned */
};

struct layout {
	struct col	 col[MAXCOLS];
	size_t		 ncols;
	size_t		 flex;		/* the column that takes the rest */
	size_t		 flexw;		/* its width; 0: no limit */
	size_t		 id_need;	/* narrowest ID column that keeps
					   every id shown unique */
	bool		 no_flex;	/* no room left for it at all */
};

static const char *
header(int field)
{
	return field == SCORE ? "SCORE" : field_info((enum field)field)->heading;
}

/* The text of a cell, into b. */
static struct str
cell_text(struct buf *b, const struct pub *p, int field, double score)
{
	buf_reset(b);
	if (field == SCORE)
		buf_printf(b, "%.1f", score);
	else
		pub_field_text(b, p, (enum field)field, ", ");
	return buf_str(b);
}

/* Columns used by all but the flexible column (which gets no gap). */
static size_t
used_width(const struct layout *L)
{
	size_t	 i, w = 0;

	for (i = 0; i < L->ncols; i++)
		if (i != L->flex && L->col[i].w > 0)
			w += L->col[i].w + GAP;
	return w;
}

static size_t
flex_room(const struct layout *L, size_t width)
{
	size_t	 used = used_width(L);

	return width > used ? width - used : 0;
}

static struct col *
find(struct layout *L, int field)
{
	size_t	 i;

	for (i = 0; i < L->ncols; i++)
		if (L->col[i].field == field)
			return &L->col[i];
	return NULL;
}

/* Narrow the language column (not below LANG_MIN) to leave want. */
static void
narrow_languages(struct layout *L, size_t width, size_t want)
{
	struct col	*lang = find(L, FIELD_LANGUAGES);
	size_t		 short_by;

	if (lang == NULL || flex_room(L, width) >= want || lang->w <= LANG_MIN)
		return;
	short_by = used_width(L) + want - width;
	lang->w = lang->w > LANG_MIN + short_by ? lang->w - short_by :
	    LANG_MIN;
}

static void
drop(struct layout *L, int field)
{
	struct col	*c = find(L, field);

	if (c != NULL)
		c->w = 0;
}

/*
 * The title should get two fifths of the screen (or its whole length,
 * if less), and no fewer than TITLE_MIN columns.
 */
static size_t
title_want(size_t width, size_t title_w)
{
	size_t	 want;

	want = width * 2 / 5 > TITLE_MIN ? width * 2 / 5 : TITLE_MIN;
	return want < title_w ? want : title_w;
}

/*
 * The default columns: the title wants title_want(), languages at most
 * a fifth of the screen.  The ID column stays; the others give way as
 * the header comment says.
 */
static void
fit_default(struct layout *L, size_t width, size_t title_w)
{
	struct col	*lang = find(L, FIELD_LANGUAGES), *id = find(L, FIELD_ID);
	size_t		 want, lang_max, room;

	lang_max = width / 5 > LANG_MIN ? width / 5 : LANG_MIN;
	if (lang != NULL && lang->w > lang_max)
		lang->w = lang_max;
	want = title_want(width, title_w);
	narrow_languages(L, width, want);
	if (flex_room(L, width) < want)
		drop(L, FIELD_PAGES);
	if (flex_room(L, width) < want)
		drop(L, FIELD_LANGUAGES);
	want = want < TITLE_YEAR ? want : TITLE_YEAR;
	if (flex_room(L, width) < want)
		drop(L, SCORE);
	if (flex_room(L, width) < want)
		drop(L, FIELD_YEAR);
	if (id == NULL || flex_room(L, width) >= TITLE_FLOOR)
		return;
	/* Cut the ids, as little as leaves the title TITLE_MIN. */
	room = width > used_width(L) - id->w + TITLE_MIN + GAP ?
	    width - (used_width(L) - id->w) - TITLE_MIN - GAP : 0;
	id->w = room > L->id_need ? room : L->id_need;
	if (flex_room(L, width) < 2) {
		/* The ids alone, cut to the screen if they must be. */
		L->no_flex = true;
		drop(L, SCORE);
		drop(L, FIELD_YEAR);
		if (id->w > width)
			id->w = width;
	}
}

/* Chosen columns: narrow the widest until the flexible one has room. */
static void
fit_chosen(struct layout *L, size_t width)
{
	size_t	 i, widest;

	while (flex_room(L, width) < TITLE_MIN) {
		widest = L->ncols;
		for (i = 0; i < L->ncols; i++)
			if (i != L->flex && L->col[i].w > COL_MIN &&
			    (L->col[i].field != FIELD_ID ||
			    L->col[i].w > L->id_need) &&
			    (widest == L->ncols || L->col[i].w >
			    L->col[widest].w))
				widest = i;
		if (widest == L->ncols)
			break;
		L->col[widest].w--;
	}
	/* Too many columns for the screen: drop from the right. */
	for (i = L->ncols; i-- > 0 && flex_room(L, width) < COL_MIN; )
		if (i != L->flex)
			L->col[i].w = 0;
}

static void
setup(struct layout *L, const struct format_opts *opts)
{
	static const enum field dflt[] = {
		FIELD_ID, FIELD_YEAR, FIELD_PAGES, FIELD_LANGUAGES, FIELD_TITLE
	};
	const enum field	*fields = dflt;
	size_t			 i, n = sizeof(dflt) / sizeof(dflt[0]);

	memset(L, 0, sizeof(*L));
	if (opts->scores != NULL) {
		L->col[L->ncols].field = SCORE;
		L->col[L->ncols++].right = true;
	}
	if (opts->fields != NULL) {
		fields = opts->fields;
		n = opts->nfields;
	}
	L->flex = SIZE_MAX;
	for (i = 0; i < n; i++) {
		struct col *c = &L->col[L->ncols];
		c->field = (int)fields[i];
		c->right = field_info(fields[i])->kind == KIND_NUMBER;
		if (fields[i] == FIELD_TITLE && L->flex == SIZE_MAX)
			L->flex = L->ncols;
		L->ncols++;
	}
	if (L->flex == SIZE_MAX)
		L->flex = L->ncols - 1;
	for (i = 0; i < L->ncols; i++)
		L->col[i].w = strlen(header(L->col[i].field));
}

/* Columns of p's id cut to its unique start, "…" included. */
static size_t
id_need(const struct pub *p, const size_t *id_unique)
{
	size_t	 whole = out_width(p->id), cut;

	if (id_unique == NULL)
		return whole;
	cut = out_width(str_make(p->id.ptr, id_unique[p->index])) + 1;
	return cut < whole ? cut : whole;
}

static void
measure(struct layout *L, struct pub *const *v, size_t n,
    const struct format_opts *opts, struct buf *b, size_t *flex_natural)
{
	size_t	 i, c, w;

	*flex_natural = 0;
	L->id_need = strlen(header(FIELD_ID));
	for (i = 0; i < n; i++) {
		w = id_need(v[i], opts->id_unique);
		if (w > L->id_need)
			L->id_need = w;
	}
	for (i = 0; i < n; i++)
		for (c = 0; c < L->ncols; c++) {
			w = out_width(cell_text(b, v[i], L->col[c].field,
			    opts->scores ? opts->scores[i] : 0));
			if (c == L->flex && w > *flex_natural)
				*flex_natural = w;
			if (w > L->col[c].w)
				L->col[c].w = w;
		}
}

static void
put_cell(struct out *o, struct str s, const struct col *c, bool last,
    enum style st, const struct marks *mk)
{
	size_t	 sw, w = c->w;

	sw = out_width(s);
	if (c->right && sw < w)
		out_spaces(o, w - sw);
	out_style(o, st);
	if (o->width > 0 && w > 0)
		sw = out_fit_marked(o, s, w, mk);
	else
		out_text_marked(o, s, mk);
	out_unstyle(o, st);
	if (!last) {
		if (!c->right && sw < w)
			out_spaces(o, w - sw);
		out_spaces(o, GAP);
	}
}

static enum style
style_of(int field)
{
	return field == SCORE ? STYLE_NONE : format_style((enum field)field);
}

/* The last column shown: it is not padded out to its width. */
static size_t
last_shown(const struct layout *L)
{
	size_t	 last;

	for (last = L->ncols; last-- > 0; )
		if (last == L->flex ? !L->no_flex : L->col[last].w != 0)
			break;
	return last;
}

/* Column i as it is printed; false if it has no room at all. */
static bool
shown(const struct layout *L, size_t i, struct col *c)
{
	*c = L->col[i];
	if (i == L->flex) {
		c->w = L->flexw;
		return !L->no_flex;
	}
	return c->w != 0;
}

static void
row(struct out *o, const struct layout *L, const struct pub *p,
    double score, struct buf *b)
{
	struct mark		 mbuf[OUT_MAX_MARKS];
	struct marks		 mks;
	const struct marks	*mk;
	struct col		 c;
	struct str		 s;
	size_t			 i, last = last_shown(L);

	for (i = 0; i < L->ncols; i++) {
		if (!shown(L, i, &c))
			continue;
		s = cell_text(b, p, c.field, score);
		mk = c.field >= 0 ? out_marks(o, c.field, s, mbuf, &mks) : NULL;
		put_cell(o, s, &c, i == last, style_of(c.field), mk);
	}
	out_char(o, '\n');
}

static void
header_row(struct out *o, const struct layout *L)
{
	struct col	 c;
	size_t		 i, last = last_shown(L);

	for (i = 0; i < L->ncols; i++) {
		if (!shown(L, i, &c))
			continue;
		put_cell(o, str_cstr(header(c.field)), &c, i == last,
		    STYLE_HEADER, NULL);
	}
	out_char(o, '\n');
}

/* A search result's snippet, under its row, dimmed but for the words. */
static void
snippet(struct out *o, const struct snippet *sn)
{
	struct marks	 mk = { sn->mark, sn->nmarks };
	size_t		 room;

	/* No room for an extract worth reading on a tiny screen. */
	if (!str_present(sn->text) || sn->text.len == 0 ||
	    (o->width > 0 && o->width < SNIPPET_INDENT + 8))
		return;
	out_spaces(o, SNIPPET_INDENT);
	room = o->width > SNIPPET_INDENT ? o->width - SNIPPET_INDENT : 1;
	out_style(o, STYLE_ID);
	if (o->width > 0)
		out_fit_marked(o, sn->text, room, &mk);
	else
		out_text_marked(o, sn->text, &mk);
	out_unstyle(o, STYLE_ID);
	out_char(o, '\n');
}

void
fmt_table(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	struct layout	 L;
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i, flex_natural;

	setup(&L, opts);
	measure(&L, v, n, opts, &b, &flex_natural);
	L.flexw = L.col[L.flex].w;
	if (o->width > 0) {
		if (opts->fields == NULL)
			fit_default(&L, o->width, flex_natural);
		else
			fit_chosen(&L, o->width);
		L.flexw = flex_room(&L, o->width);
		if (L.flexw == 0)
			L.flexw = 1;
	}
	header_row(o, &L);
	for (i = 0; i < n && !out_failed(o); i++) {
		row(o, &L, v[i], opts->scores ? opts->scores[i] : 0, &b);
		if (opts->snippets != NULL && o->tty)
			snippet(o, &opts->snippets[i]);
	}
	o->oom |= b.oom;
	buf_free(&b);
}

/*
 * Rows one at a time, for browse: the columns are fitted once, to every
 * record the list may show, so that they stay put while the list
 * changes under the user's typing, and a row costs its own cells only.
 *
 * The list shares the screen with the record, and a person scans it by
 * title, so the rules above are tried with whole ids first, but kept
 * only if the title gets what it wants (title_want()).  Otherwise every
 * id is cut to its unique start, as the table cuts them on a narrow
 * screen, and the ID column is no wider than the widest of those
 * starts: the title takes the rest.
 *
 * Before each screen, table_fit_rows() applies the same choice to the
 * rows on it: their ids whole if they leave the title what it wants,
 * else cut to their unique starts; the ID
 * column as wide as the widest id shown, and the title gets what that
 * frees.  Nothing else moves.
 */
struct table {
	struct layout	 L;
	struct buf	 b;
	const size_t	*id_unique;
	size_t		 width;
	size_t		 id_w;		/* the ID column fitted; 0: none */
	size_t		 title_want;	/* title_want() for the catalogue */
};

struct table *
table_new(struct pub *const *v, size_t n, const enum field *fields,
    size_t nfields, const size_t *id_unique, size_t width)
{
	struct format_opts	 opts;
	struct table		*t;
	struct layout		 measured;
	struct col		*id;
	size_t			 flex_natural;

	memset(&opts, 0, sizeof(opts));
	opts.fields = fields;
	opts.nfields = nfields;
	opts.id_unique = id_unique;
	if ((t = calloc(1, sizeof(*t))) == NULL)
		return NULL;
	setup(&t->L, &opts);
	measure(&t->L, v, n, &opts, &t->b, &flex_natural);
	measured = t->L;
	fit_default(&t->L, width, flex_natural);
	if ((id = find(&measured, FIELD_ID)) != NULL &&
	    !t->L.no_flex && t->L.col[id - measured.col].w > measured.id_need &&
	    flex_room(&t->L, width) < title_want(width, flex_natural)) {
		id->w = measured.id_need;
		t->L = measured;
		fit_default(&t->L, width, flex_natural);
	}
	if ((t->L.flexw = flex_room(&t->L, width)) == 0)
		t->L.flexw = 1;
	t->id_unique = id_unique;
	t->width = width;
	if ((id = find(&t->L, FIELD_ID)) != NULL && !t->L.no_flex)
		t->id_w = id->w;
	t->title_want = title_want(width, flex_natural);
	if (t->b.oom) {
		table_free(t);
		return NULL;
	}
	return t;
}

void
table_fit_rows(struct table *t, struct pub *const *v, size_t n)
{
	struct col	*id = find(&t->L, FIELD_ID);
	size_t		 i, w, whole, cut;

	if (id == NULL || t->id_w == 0)
		return;
	whole = cut = strlen(header(FIELD_ID));
	for (i = 0; i < n; i++) {
		if ((w = out_width(v[i]->id)) > whole)
			whole = w;
		if ((w = id_need(v[i], t->id_unique)) > cut)
			cut = w;
	}
	id->w = whole;
	if (flex_room(&t->L, t->width) < t->title_want)
		id->w = cut < t->id_w ? cut : t->id_w;
	if ((t->L.flexw = flex_room(&t->L, t->width)) == 0)
		t->L.flexw = 1;
}

void
table_header(struct out *o, const struct table *t)
{
	header_row(o, &t->L);
}

void
table_row(struct out *o, struct table *t, const struct pub *p)
{
	row(o, &t->L, p, 0, &t->b);
	o->oom |= t->b.oom;
}

size_t
table_title_width(const struct table *t)
{
	return t->L.no_flex ? 0 : t->L.flexw;
}

void
table_free(struct table *t)
{
	if (t == NULL)
		return;
	buf_free(&t->b);
	free(t);
}
