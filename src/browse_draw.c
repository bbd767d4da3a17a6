/*
 * browse_draw.c: drawing the browser with ncurses.
 *
 *	Search: fishers_
 *	> * ID            YEAR  LANGUAGES  TITLE          | Title:  ...
 *	    ...                                           | Id:     ...
 *	1/39  ...  Up/Down move  Tab mark  Enter pick  Esc quit  ? keys
 *
 * The query line, the list, the record and the status line are one
 * curses window each, so that nothing drawn in one can spill into
 * another.  Wide terminals put the record beside the list, narrow ones
 * under it.
 *
 * Every piece of text is made by the program's own writer (struct out)
 * into memory first: the list's rows by the table format, the record by
 * the full format, as show prints it, wrapped to the pane.  That text is
 * already safe (catalogue data shows control and bidi characters as
 * visible escapes) and fitted in the program's own display widths; its
 * only escape sequences are out's styles, which are turned into curses
 * attributes here.  Each line is drawn from its first column and the rest
 * of it cleared, so a terminal that measures a character differently
 * spoils at most that line, and the next frame draws it again.
 *
 * A key costs the rows on the screen: the record is formatted again only
 * when the selection, the query or the width changes.
 */
#define NCURSES_WIDECHAR	1

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>
#include <term.h>

#include "browse.h"
#include "browse_draw.h"
#include "buf.h"
#include "catalog.h"
#include "format.h"
#include "ids.h"
#include "out.h"
#include "search.h"
#include "text.h"

#define SIDE_MIN	100	/* columns from which the record goes beside */
#define HEADER_MIN	5	/* list rows from which it has a header */
#define MARK_COLS	2	/* "> " or " *" before a row */
#define MARGIN		1	/* an empty column on the right of list and
				   record: curses cannot always write the
				   last cell of a window */

enum {
	PAIR_LABEL = 1,		/* out's cyan: field labels */
	PAIR_MATCH		/* out's yellow: the words found */
};

/*
 * The columns of the list: the table's, without pages.  The ids are
 * always there, whole or cut to a start that show accepts (the table's
 * rules for browse, in fmt_table.c), since a person reads them off the
 * list to type or paste them.
 */
static const enum field list_fields[] = {
	FIELD_ID, FIELD_YEAR, FIELD_LANGUAGES, FIELD_TITLE
};
#define NLIST_FIELDS	(sizeof(list_fields) / sizeof(list_fields[0]))

struct browse_screen {
	SCREEN		*scr;
	FILE		*out;
	bool		 color;		/* out's styles in colour */
	int		 lines, cols;	/* the size the windows were made for */
	WINDOW		*query;		/* row 0 */
	WINDOW		*list;
	WINDOW		*rule;		/* between list and record */
	WINDOW		*pane;
	WINDOW		*status;	/* the last row */
	bool		 side;		/* record beside the list */
	bool		 header;	/* the list has a header row */
	bool		 clear;		/* clear everything at the next draw */
	struct table	*table;		/* the list's columns, for its width */
	size_t		 table_cols;
	size_t		*id_unique;	/* each id's unique start, by index */

	/* The record as formatted, with where its lines start. */
	const struct pub *pane_pub;
	unsigned	 pane_gen;
	size_t		 pane_cols;
	char		*pane_text;
	size_t		 pane_len;
	size_t		*pane_line;	/* offsets; pane_nlines + 1 of them */
	size_t		 pane_nlines;
	bool		 pane_oom;
};

/*
 * Text made by out into memory: open, write with o, then close to get
 * the bytes.
 */
struct memout {
	FILE		*fp;
	char		*p;
	size_t		 len;
	struct out	 o;
};

static bool
memout_open(struct memout *m, bool color, size_t width)
{
	m->p = NULL;
	m->len = 0;
	if ((m->fp = open_memstream(&m->p, &m->len)) == NULL)
		return false;
	out_init(&m->o, m->fp, true, color, width);
	return true;
}

/* The text written, NUL-terminated; false when out of memory. */
static bool
memout_close(struct memout *m)
{
	bool	 ok = !m->o.oom && !ferror(m->fp);

	if (fclose(m->fp) == EOF)
		ok = false;
	m->fp = NULL;
	if (!ok) {
		free(m->p);
		m->p = NULL;
	}
	return ok;
}

/* out's SGR parameters, as curses attributes on top of base. */
static attr_t
sgr(attr_t now, attr_t base, const char *p, size_t len)
{
	size_t	 i = 0;
	int	 v;

	while (i < len) {
		for (v = 0; i < len && p[i] >= '0' && p[i] <= '9'; i++)
			v = v * 10 + (p[i] - '0');
		switch (v) {
		case 0:
			now = base;
			break;
		case 1:
			now |= A_BOLD;
			break;
		case 2:
			now |= A_DIM;
			break;
		case 4:
			now |= A_UNDERLINE;
			break;
		case 33:
			now = (now & ~A_COLOR) | COLOR_PAIR(PAIR_MATCH);
			break;
		case 36:
			now = (now & ~A_COLOR) | COLOR_PAIR(PAIR_LABEL);
			break;
		default:
			break;
		}
		if (i < len)
			i++;		/* the ';' */
	}
	return now;
}

/*
 * Draw one line of out's text (no newline) at row y from column x, in
 * base and the styles it carries, and clear to the end of the row with
 * base (a selected row is reversed all the way).
 */
static void
put_line(WINDOW *w, int y, int x, const char *s, size_t len, attr_t base)
{
	const char	*p = s, *end = s + len, *esc, *m;
	attr_t		 a = base;
	int		 cy, cx, maxx = getmaxx(w);

	wmove(w, y, x);
	wattrset(w, a);
	while (p < end) {
		if ((esc = memchr(p, '\033', (size_t)(end - p))) == NULL)
			esc = end;
		if (esc > p)
			waddnstr(w, p, (int)(esc - p));
		if (esc == end)
			break;
		/* out writes ESC [ digits and ; m, nothing else. */
		if (esc + 1 < end && esc[1] == '[' &&
		    (m = memchr(esc, 'm', (size_t)(end - esc))) != NULL) {
			a = sgr(a, base, esc + 2, (size_t)(m - esc - 2));
			wattrset(w, a);
			p = m + 1;
		} else
			p = esc + 1;
	}
	wattrset(w, base);
	getyx(w, cy, cx);
	if (cy == y)
		while (cx++ < maxx)
			waddch(w, ' ');
	wattrset(w, A_NORMAL);
}

/* Plain text (from the program, or escaped by out) fitted to cols. */
static bool
put_text(WINDOW *w, int y, int x, struct str s, size_t cols, attr_t base,
    bool tail)
{
	struct memout	 m;
	size_t		 wid, cut = 0;

	if (!memout_open(&m, false, cols))
		return false;
	/* The end of a long query matters: that is where the typing is. */
	if (tail && (wid = out_width(s)) > cols && cols > 1) {
		while (cut < s.len && out_width(str_make(s.ptr + cut,
		    s.len - cut)) > cols - 1)
			cut++;
		while (cut < s.len && ((unsigned char)s.ptr[cut] & 0xc0) ==
		    0x80)
			cut++;
		out_str(&m.o, "\xe2\x80\xa6");
	}
	out_fit(&m.o, str_make(s.ptr + cut, s.len - cut), cut > 0 ? cols - 1 :
	    cols);
	if (!memout_close(&m))
		return false;
	put_line(w, y, x, m.p, m.len, base);
	free(m.p);
	return true;
}

static void
free_windows(struct browse_screen *s)
{
	WINDOW	**w[] = { &s->query, &s->list, &s->rule, &s->pane, &s->status };
	size_t	 i;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		if (*w[i] != NULL) {
			delwin(*w[i]);
			*w[i] = NULL;
		}
}

/*
 * The windows for the terminal's size: the query on the first row, the
 * status on the last, list and record between them, side by side from
 * SIDE_MIN columns, else the record under the list.
 */
static bool
layout(struct browse_screen *s)
{
	int	 body, lw, lh;

	free_windows(s);
	s->lines = LINES;
	s->cols = COLS;
	body = LINES - 2;
	if (body < 3 || COLS < 10)
		return true;		/* too small: the status says so */
	s->side = COLS >= SIDE_MIN;
	if (s->side) {
		lw = COLS * 9 / 20;
		s->list = newwin(body, lw, 1, 0);
		s->rule = newwin(body, 1, 1, lw);
		s->pane = newwin(body, COLS - lw - 1, 1, lw + 1);
	} else {
		lh = (body - 1) * 2 / 5 > 2 ? (body - 1) * 2 / 5 : 2;
		s->list = newwin(lh, COLS, 1, 0);
		s->rule = newwin(1, COLS, 1 + lh, 0);
		s->pane = newwin(body - lh - 1, COLS, 2 + lh, 0);
	}
	s->query = newwin(1, COLS, 0, 0);
	s->status = newwin(1, COLS, LINES - 1, 0);
	if (s->query == NULL || s->list == NULL || s->rule == NULL ||
	    s->pane == NULL || s->status == NULL)
		return false;
	s->header = getmaxy(s->list) >= HEADER_MIN;
	keypad(s->query, TRUE);
	s->clear = true;
	s->pane_pub = NULL;
	return true;
}

struct browse_screen *
browse_draw_open(FILE *out, FILE *in, bool color, char *err, size_t errsize)
{
	struct browse_screen	*s;
	const char		*term = getenv("TERM");
	char			*cup;

	if ((s = calloc(1, sizeof(*s))) == NULL) {
		snprintf(err, errsize, "out of memory");
		return NULL;
	}
	s->out = out;
	if (term == NULL || *term == '\0') {
		snprintf(err, errsize, "TERM is not set: which terminal is "
		    "this?");
		goto fail;
	}
	errno = 0;
	if ((s->scr = newterm(NULL, out, in)) == NULL) {
		if (errno == ENOMEM)
			snprintf(err, errsize, "out of memory");
		else
			snprintf(err, errsize, "unknown terminal type '%s' "
			    "(TERM)", term);
		goto fail;
	}
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1) {
		endwin();
		snprintf(err, errsize, "the terminal '%s' cannot move its "
		    "cursor; browse needs one that can", term);
		goto fail;
	}
	/* Keys as they come: Ctrl-C, Ctrl-Z and Ctrl-O are ours. */
	raw();
	noecho();
	nonl();
	set_escdelay(25);
	s->color = color && has_colors();
	if (s->color) {
		start_color();
		use_default_colors();
		init_pair(PAIR_LABEL, COLOR_CYAN, -1);
		init_pair(PAIR_MATCH, COLOR_YELLOW, -1);
	}
	if (!layout(s)) {
		browse_draw_close(s, false);
		snprintf(err, errsize, "out of memory");
		return NULL;
	}
	return s;
fail:
	if (s->scr != NULL)
		delscreen(s->scr);
	free(s);
	return NULL;
}

static void
forget_pane(struct browse_screen *s)
{
	free(s->pane_text);
	free(s->pane_line);
	s->pane_text = NULL;
	s->pane_line = NULL;
	s->pane_nlines = 0;
	s->pane_pub = NULL;
}

void
browse_draw_close(struct browse_screen *s, bool release)
{
	if (s == NULL)
		return;
	endwin();
	fflush(s->out);
	if (release) {
		free_windows(s);
		delscreen(s->scr);
	}
	forget_pane(s);
	table_free(s->table);
	free(s->id_unique);
	free(s);
}

size_t
browse_draw_leave_seq(const struct browse_screen *s, char *buf, size_t size)
{
	const char *const caps[] = { "rmcup", "cnorm" };
	char		*v;
	size_t		 i, n, len = 0;

	(void)s;
	for (i = 0; i < sizeof(caps) / sizeof(caps[0]); i++) {
		v = tigetstr(caps[i]);
		if (v == NULL || v == (char *)-1 || (n = strlen(v)) >= size - len)
			continue;
		memcpy(buf + len, v, n);
		len += n;
	}
	return len;
}

void
browse_draw_invalidate(struct browse_screen *s)
{
	s->clear = true;
}

size_t
browse_draw_width(const struct browse_screen *s)
{
	return s->cols > 0 ? (size_t)s->cols : 80;
}

/* The record p as show prints it, wrapped to cols, split into lines. */
static bool
format_pane(struct browse_screen *s, struct browse *b, const struct pub *p,
    size_t cols)
{
	struct format_opts	 opts;
	struct memout	 m;
	struct pub	*v[1];
	size_t		 i, n;

	forget_pane(s);
	/* As show: the catalogue's header says how to obtain a record. */
	memset(&opts, 0, sizeof(opts));
	opts.info = &b->cat->info;
	if (!memout_open(&m, s->color, cols))
		return false;
	if (browse_search(b) != NULL)
		out_add_marker(&m.o, search_marker, browse_search(b));
	v[0] = (struct pub *)p;
	format_write(FORMAT_FULL, &m.o, v, 1, &opts);
	if (!memout_close(&m))
		return false;
	for (i = n = 0; i < m.len; i++)
		n += m.p[i] == '\n';
	if ((s->pane_line = malloc((n + 2) * sizeof(*s->pane_line))) == NULL) {
		free(m.p);
		return false;
	}
	s->pane_text = m.p;
	s->pane_len = m.len;
	s->pane_line[0] = 0;
	for (i = n = 0; i < m.len; i++)
		if (m.p[i] == '\n')
			s->pane_line[++n] = i + 1;
	if (m.len > 0 && m.p[m.len - 1] != '\n')
		s->pane_line[++n] = m.len + 1;
	s->pane_nlines = n;
	s->pane_pub = p;
	s->pane_gen = b->generation;
	s->pane_cols = cols;
	return true;
}

static bool
draw_pane(struct browse_screen *s, struct browse *b)
{
	const struct pub	*p = browse_selected(b);
	size_t			 cols = (size_t)getmaxx(s->pane) - MARGIN;
	size_t			 rows = (size_t)getmaxy(s->pane), i, k, len;

	/* A new query marks other words: the record is made again. */
	if (p != NULL && (p != s->pane_pub || cols != s->pane_cols ||
	    b->generation != s->pane_gen) && !format_pane(s, b, p, cols))
		return false;
	if (p == NULL)
		forget_pane(s);
	b->pane_lines = s->pane_nlines;
	if (b->pane_top + rows > s->pane_nlines)
		b->pane_top = s->pane_nlines > rows ? s->pane_nlines - rows : 0;
	for (i = 0; i < rows; i++) {
		k = b->pane_top + i;
		if (k >= s->pane_nlines) {
			wmove(s->pane, (int)i, 0);
			wclrtoeol(s->pane);
			continue;
		}
		len = s->pane_line[k + 1] - 1 - s->pane_line[k];
		put_line(s->pane, (int)i, 0, s->pane_text + s->pane_line[k], len,
		    A_NORMAL);
	}
	wnoutrefresh(s->pane);
	return true;
}

/* The list's columns for its width, fitted to the whole catalogue. */
static bool
fit_table(struct browse_screen *s, const struct browse *b, size_t width)
{
	const struct catalog	*cat = b->cat;

	table_free(s->table);
	s->table = NULL;
	if (s->id_unique == NULL) {
		if ((s->id_unique = calloc(cat->npubs + 1,
		    sizeof(*s->id_unique))) == NULL)
			return false;
		if (!ids_unique_prefixes(cat, s->id_unique)) {
			free(s->id_unique);
			s->id_unique = NULL;
			return false;
		}
	}
	s->table = table_new(cat->pubs, cat->npubs, list_fields, NLIST_FIELDS,
	    s->id_unique, width);
	return s->table != NULL;
}

static bool
draw_rows(struct browse_screen *s, struct browse *b)
{
	struct memout	 m;
	size_t		 cols = (size_t)getmaxx(s->list) - MARGIN, rows, i, k, n;
	const char	*line, *nl;
	attr_t		 base;
	int		 y = 0;

	if ((s->table == NULL || s->table_cols != cols) &&
	    !fit_table(s, b, cols > MARK_COLS ? cols - MARK_COLS : 1))
		return false;
	s->table_cols = cols;
	rows = (size_t)getmaxy(s->list) - (s->header ? 1 : 0);
	browse_resize(b, rows, (size_t)getmaxy(s->pane));
	if (!memout_open(&m, s->color, cols > MARK_COLS ? cols - MARK_COLS :
	    1))
		return false;
	if (browse_search(b) != NULL)
		out_add_marker(&m.o, search_marker, browse_search(b));
	table_fit_rows(s->table, b->list + b->top,
	    b->n - b->top < rows ? b->n - b->top : rows);
	if (s->header)
		table_header(&m.o, s->table);
	for (i = 0; i < rows && b->top + i < b->n; i++)
		table_row(&m.o, s->table, b->list[b->top + i]);
	if (!memout_close(&m))
		return false;
	for (line = m.p, k = 0; line < m.p + m.len; line = nl + 1, k++) {
		nl = memchr(line, '\n', (size_t)(m.p + m.len - line));
		n = (size_t)(nl - line);
		i = b->top + k - (s->header ? 1 : 0);
		base = A_NORMAL;
		wmove(s->list, y, 0);
		if (s->header && k == 0)
			waddstr(s->list, "  ");
		else {
			if (i == b->sel)
				base = A_REVERSE;
			wattrset(s->list, base | A_BOLD);
			waddch(s->list, i == b->sel ? '>' : ' ');
			waddch(s->list, b->marked[b->list[i]->index] ? '*' :
			    ' ');
		}
		put_line(s->list, y++, MARK_COLS, line, n, base);
	}
	free(m.p);
	if (b->n == 0 && y < getmaxy(s->list)) {
		put_text(s->list, y++, 0, str_cstr(b->nbase == 0 ?
		    "  No record passes the filters." :
		    "  No record matches the query."), cols, A_NORMAL, false);
	}
	for (; y < getmaxy(s->list); y++) {
		wmove(s->list, y, 0);
		wclrtoeol(s->list);
	}
	wnoutrefresh(s->list);
	return true;
}

static void
draw_rule(struct browse_screen *s)
{
	if (s->side)
		mvwvline(s->rule, 0, 0, ACS_VLINE, getmaxy(s->rule));
	else
		mvwhline(s->rule, 0, 0, ACS_HLINE, getmaxx(s->rule));
	wnoutrefresh(s->rule);
}

/*
 * The help, made by out into memory: a title, headings underlined, and
 * each key with what it does wrapped beside it, or under it on a narrow
 * screen.
 */
static bool
help_text(struct memout *m, size_t cols)
{
	const struct browse_keyhelp	*k;
	size_t				 i, col = cols < 70 ? 6 : 25;

	/* Styles (bold, underline) as out writes them, for put_line(). */
	if (!memout_open(m, true, cols))
		return false;
	out_style(&m->o, STYLE_TITLE);
	out_fit(&m->o, str_cstr("Keys of iompubs browse (any other key: back; "
	    "j/k scroll)"), cols);
	out_unstyle(&m->o, STYLE_TITLE);
	out_char(&m->o, '\n');
	for (i = 0; i < browse_nkeys; i++) {
		k = &browse_keys[i];
		if (k->keys == NULL) {
			out_str(&m->o, "\n\033[4m");
			out_fit(&m->o, str_cstr(k->what), cols);
			out_str(&m->o, "\033[0m\n");
			continue;
		}
		out_spaces(&m->o, 2);
		out_fit(&m->o, str_cstr(k->keys), cols > 2 ? cols - 2 : 1);
		if (col == 6 || strlen(k->keys) + 2 >= col) {
			out_char(&m->o, '\n');
			out_spaces(&m->o, col);
		} else
			out_spaces(&m->o, col - 2 - strlen(k->keys));
		out_wrap(&m->o, str_cstr(k->what), col, col);
	}
	return memout_close(m);
}

/* The help screen, in the list's and the record's place. */
static bool
draw_help(struct browse *b)
{
	struct memout	 m;
	WINDOW		*w;
	const char	*p, *end, *nl;
	size_t		 rows, total = 0, i;
	int		 y;

	if (!help_text(&m, (size_t)COLS - MARGIN))
		return false;
	end = m.p + m.len;
	for (p = m.p; p < end; p++)
		total += *p == '\n';
	/* One window over both, as tall as the body. */
	if ((w = newwin(LINES - 2, COLS, 1, 0)) == NULL) {
		free(m.p);
		return false;
	}
	rows = (size_t)getmaxy(w);
	if (b->help_top + rows > total)
		b->help_top = total > rows ? total - rows : 0;
	for (p = m.p, i = 0, y = 0; p < end && y < (int)rows; p = nl + 1, i++) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (i >= b->help_top)
			put_line(w, y++, 0, p, (size_t)(nl - p), A_NORMAL);
	}
	for (; y < (int)rows; y++) {
		wmove(w, y, 0);
		wclrtoeol(w);
	}
	wnoutrefresh(w);
	delwin(w);
	free(m.p);
	return true;
}

static bool
draw_query(struct browse_screen *s, struct browse *b)
{
	const char	*label = browse_query_label(b);
	struct str	 text;
	size_t		 lw = strlen(label), cols = (size_t)COLS;

	if (b->mode == BROWSE_PROMPT)
		text = str_make(b->ptext, b->plen);
	else
		text = str_make(b->query, b->qlen);
	wmove(s->query, 0, 0);
	wattrset(s->query, A_BOLD);
	waddnstr(s->query, label, (int)(lw < cols ? lw : cols));
	wattrset(s->query, A_NORMAL);
	if (lw < cols && !put_text(s->query, 0, (int)lw, text, cols - lw - 1,
	    A_NORMAL, true))
		return false;
	/* The cursor where the typing goes. */
	if (lw < cols)
		wmove(s->query, 0, (int)(lw + out_width(text) < cols - 1 ?
		    lw + out_width(text) : cols - 1));
	curs_set(b->mode == BROWSE_TYPING || b->mode == BROWSE_PROMPT ? 1 : 0);
	return true;
}

static bool
draw_status(struct browse_screen *s, struct browse *b)
{
	struct buf	 st = { NULL, 0, 0, false };
	bool		 ok;

	browse_status(b, &st);
	if (st.oom) {
		buf_free(&st);
		return false;
	}
	/* The last cell is left alone: writing it would scroll. */
	ok = put_text(s->status, 0, 0, buf_str(&st), (size_t)COLS - 1,
	    A_REVERSE, false);
	buf_free(&st);
	wnoutrefresh(s->status);
	return ok;
}

bool
browse_draw(struct browse_screen *s, struct browse *b, bool *oom)
{
	*oom = false;
	if ((s->lines != LINES || s->cols != COLS) && !layout(s))
		goto nomem;
	if (s->clear) {
		clearok(curscr, TRUE);
		s->clear = false;
	}
	if (s->list == NULL) {
		/* Too small to browse: say how big it must be. */
		werase(stdscr);
		mvwaddnstr(stdscr, 0, 0, "iompubs browse: the terminal is too "
		    "small (40x12 at least)", COLS);
		wnoutrefresh(stdscr);
		doupdate();
		return !ferror(s->out);
	}
	if (b->mode == BROWSE_HELP) {
		if (!draw_help(b))
			goto nomem;
	} else {
		if (!draw_rows(s, b) || !draw_pane(s, b))
			goto nomem;
		draw_rule(s);
	}
	if (!draw_status(s, b))
		goto nomem;
	/* Last, so that the cursor stays in the query. */
	if (!draw_query(s, b))
		goto nomem;
	wnoutrefresh(s->query);
	errno = 0;
	doupdate();
	if (fflush(s->out) == EOF || ferror(s->out)) {
		if (errno == 0)
			errno = EIO;
		return false;
	}
	return true;
nomem:
	*oom = true;
	return false;
}

static int
key_of(int code)
{
	switch (code) {
	case KEY_UP:		return BROWSE_KEY_UP;
	case KEY_DOWN:		return BROWSE_KEY_DOWN;
	case KEY_LEFT:		return BROWSE_KEY_LEFT;
	case KEY_RIGHT:		return BROWSE_KEY_RIGHT;
	case KEY_PPAGE:		return BROWSE_KEY_PGUP;
	case KEY_NPAGE:		return BROWSE_KEY_PGDN;
	case KEY_HOME:		return BROWSE_KEY_HOME;
	case KEY_END:		return BROWSE_KEY_END;
	case KEY_BTAB:		return BROWSE_KEY_BTAB;
	case KEY_BACKSPACE:	return BROWSE_KEY_BACKSPACE;
	case KEY_DC:		return BROWSE_KEY_DELETE;
	case KEY_ENTER:		return BROWSE_KEY_ENTER;
	case KEY_SR:		return BROWSE_KEY_SUP;
	case KEY_SF:		return BROWSE_KEY_SDOWN;
	case KEY_F(1):		return BROWSE_KEY_F1;
	case KEY_RESIZE:	return BROWSE_DRAW_RESIZE;
	default:		return BROWSE_DRAW_NOKEY;
	}
}

int
browse_draw_key(struct browse_screen *s, int ms)
{
	wint_t	 ch;
	int	 r;

	if (s->query == NULL) {
		/* Too small for windows: read from the screen itself. */
		wtimeout(stdscr, ms);
		keypad(stdscr, TRUE);
		r = wget_wch(stdscr, &ch);
	} else {
		wtimeout(s->query, ms);
		r = wget_wch(s->query, &ch);
	}
	if (r == ERR)
		return BROWSE_DRAW_NOKEY;
	if (r == KEY_CODE_YES)
		return key_of((int)ch);
	return (int)ch;
}

void
browse_draw_pause(struct browse_screen *s)
{
	def_prog_mode();
	endwin();
	fflush(s->out);
}

void
browse_draw_resume(struct browse_screen *s)
{
	reset_prog_mode();
	s->clear = true;
}

bool
browse_draw_clipboard_known(const struct browse_screen *s)
{
	char	*ms = tigetstr("Ms");

	(void)s;
	return ms != NULL && ms != (char *)-1;
}

bool
browse_draw_clipboard(struct browse_screen *s, const char *text, size_t len)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char	*u = (const unsigned char *)text;
	char			 q[4];
	size_t			 i;
	unsigned long		 v;

	/* OSC 52: "c" is the clipboard; the text goes in base64. */
	fputs("\033]52;c;", s->out);
	for (i = 0; i < len; i += 3) {
		v = (unsigned long)u[i] << 16;
		if (i + 1 < len)
			v |= (unsigned long)u[i + 1] << 8;
		if (i + 2 < len)
			v |= u[i + 2];
		q[0] = b64[v >> 18 & 63];
		q[1] = b64[v >> 12 & 63];
		q[2] = i + 1 < len ? b64[v >> 6 & 63] : '=';
		q[3] = i + 2 < len ? b64[v & 63] : '=';
		fwrite(q, 1, 4, s->out);
	}
	fputs("\a", s->out);
	return fflush(s->out) != EOF && !ferror(s->out);
}
