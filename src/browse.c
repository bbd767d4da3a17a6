/*
 * browse.c: the interactive browser's state and keys, without a screen.
 *
 * The list shown is the catalogue, filtered (the command line's filters,
 * and the year, languages and availability that keys change) and sorted
 * once into `base`; a query ranks base with search's engine on every
 * change, exactly as `iompubs search` would with the same filters.  So
 * a key costs one ranking at most: the selection is found again among
 * the hits, and drawing looks only at the rows on the screen.
 *
 * Two modes share the keys.  While typing, characters go into the query
 * (as in fzf); moving in the list ends typing, and then letters are
 * commands (j, k, q, as in less, tig and mutt) until / starts typing
 * again.  Control keys, arrows, Tab, Enter and Esc do the same in both.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "browse.h"
#include "buf.h"
#include "catalog.h"
#include "filter.h"
#include "lang.h"
#include "order.h"
#include "search.h"
#include "text.h"

/*
 * Every key, for the help screen; iompubs(1) lists the same.  Keys that
 * differ by mode say so.
 */
const struct browse_keyhelp browse_keys[] = {
	{ NULL, "Anywhere" },
	{ "Up, Ctrl-P", "select the record above (ends typing)" },
	{ "Down, Ctrl-N", "select the record below (ends typing)" },
	{ "PgUp, PgDn", "a page of records up or down" },
	{ "Home, End", "the first or the last record" },
	{ "Shift-Up, Shift-Down", "scroll the record a line" },
	{ "Tab, Shift-Tab", "mark (or unmark) the record and move on" },
	{ "Enter", "print the marked records' ids (or the selected "
	    "one's) and leave" },
	{ "Esc, Ctrl-C", "leave without printing anything" },
	{ "Ctrl-O", "read the record in the pager" },
	{ "Ctrl-Y", "copy the record's id to the clipboard" },
	{ "Ctrl-L", "draw the screen again" },
	{ "Ctrl-Z", "suspend (fg to come back)" },
	{ "?, F1", "this help" },
	{ NULL, "While typing the query" },
	{ "characters", "add to the query; the list follows as you type "
	    "(a word is corrected for typos once a blank ends it)" },
	{ "Backspace", "delete a character" },
	{ "Ctrl-W", "delete a word" },
	{ "Ctrl-U", "clear the query" },
	{ NULL, "In the list (after moving)" },
	{ "j, k", "select the record below or above" },
	{ "g, G", "the first or the last record" },
	{ "Ctrl-F, Ctrl-B", "a page of records down or up" },
	{ "Space, b", "scroll the record a page down or up" },
	{ "J, K", "scroll the record a line down or up" },
	{ "m", "mark (or unmark) the record" },
	{ "/, Backspace", "type in the query again" },
	{ "o", "read the record in the pager" },
	{ "y", "copy the record's id to the clipboard" },
	{ "c", "copy the record's citation to the clipboard" },
	{ "Y", "filter by year: 2015, 2010..2015, 2016.. or ..2009" },
	{ "L", "filter by language: names or codes, comma-separated" },
	{ "A", "filter by availability: pdf, hardcopy, any" },
	{ "S", "sort: relevance (or catalogue order), -year, year, title, "
	    "id" },
	{ "R", "reverse the order" },
	{ "X", "clear the year, language and availability filters and "
	    "the sort" },
	{ "q", "leave without printing anything" },
	{ NULL, "On the status line (Y, L)" },
	{ "Enter", "apply what was typed (nothing: no filter)" },
	{ "Esc", "keep the filter as it was" },
};

const size_t browse_nkeys = sizeof(browse_keys) / sizeof(browse_keys[0]);

/* What S goes through, after the order given on the command line. */
static const char *const sorts[] = { "", "-year", "year", "title", "id" };
#define NSORTS	(sizeof(sorts) / sizeof(sorts[0]))

void
browse_message(struct browse *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(b->msg, sizeof(b->msg), fmt, ap);
	va_end(ap);
}


struct pub *
browse_selected(const struct browse *b)
{
	return b->n > 0 ? b->list[b->sel] : NULL;
}

struct search *
browse_search(const struct browse *b)
{
	return b->search;
}

struct pub *const *
browse_picks(const struct browse *b, size_t *n)
{
	if (b->nmarks > 0) {
		*n = b->nmarks;
		return b->marks;
	}
	*n = b->n > 0 ? 1 : 0;
	return b->n > 0 ? &b->list[b->sel] : NULL;
}

/* Keep the selection on the screen. */
static void
follow(struct browse *b)
{
	if (b->n == 0) {
		b->sel = b->top = 0;
		return;
	}
	if (b->sel >= b->n)
		b->sel = b->n - 1;
	if (b->sel < b->top)
		b->top = b->sel;
	else if (b->rows > 0 && b->sel >= b->top + b->rows)
		b->top = b->sel - b->rows + 1;
	/* No empty rows at the bottom while records are above. */
	if (b->rows > 0 && b->top + b->rows > b->n)
		b->top = b->n > b->rows ? b->n - b->rows : 0;
}

static void
select_at(struct browse *b, size_t i)
{
	struct pub	*was = browse_selected(b);

	b->sel = i;
	follow(b);
	if (browse_selected(b) != was)
		b->pane_top = 0;
}

void
browse_resize(struct browse *b, size_t rows, size_t pane_rows)
{
	b->rows = rows;
	b->pane_rows = pane_rows;
	follow(b);
}

/*
 * The list from base and the query: the hits, ranked (or in the order
 * asked for), the selection kept on the same record if it is still
 * there.
 */
static bool
rank(struct browse *b)
{
	struct search_hit	*hits = NULL;
	struct pub		*was = browse_selected(b);
	size_t			 nhits, i;

	b->generation++;
	if (b->search == NULL) {
		memcpy(b->list, b->base, b->nbase * sizeof(*b->list));
		b->n = b->nbase;
	} else {
		if (!search_run(b->search, b->base, b->nbase, &hits, &nhits))
			return false;
		/*
		 * Best first, as search lists them: --reverse alone turns
		 * the ranking round, and a sort replaces it.
		 */
		for (i = 0; i < nhits; i++)
			b->list[i] = hits[b->order.reverse &&
			    b->order.nkeys == 0 ? nhits - 1 - i : i].p;
		free(hits);
		if (b->order.nkeys > 0 && !order_sort(&b->order, b->list, nhits))
			return false;
		b->n = nhits;
	}
	if (b->n > b->limit)
		b->n = b->limit;
	b->sel = 0;
	for (i = 0; was != NULL && i < b->n; i++)
		if (b->list[i] == was) {
			b->sel = i;
			break;
		}
	if (browse_selected(b) != was)
		b->pane_top = 0;
	follow(b);
	return true;
}

/*
 * The query's words, one space between them, and one after the last if
 * it ends with a blank: what the ranking depends on, so that typing a
 * second space ranks nothing again.  The first space after a word ranks
 * again: the word is complete, and may now be corrected (see
 * search_opts.typing).
 */
static void
query_words(const char *q, char *out, size_t size)
{
	size_t	 o = 0;

	for (q += strspn(q, " "); *q != '\0' && o + 1 < size; q++)
		if (*q != ' ' || q[1] != ' ')
			out[o++] = *q;
	out[o] = '\0';
}

/* Compile the query again after an edit, and rank. */
static bool
query_changed(struct browse *b)
{
	const struct search_opts opts = { .typing = true };
	enum search_status	 st;
	const char		*words[1];
	char			 err[sizeof(b->qerr)], now[sizeof(b->ranked)];

	b->query[b->qlen] = '\0';
	query_words(b->query, now, sizeof(now));
	if (strcmp(now, b->ranked) == 0)
		return true;
	memcpy(b->ranked, now, sizeof(now));
	search_free(b->search);
	b->search = NULL;
	b->qerr[0] = '\0';
	b->query[b->qlen] = '\0';
	if (b->query[strspn(b->query, " ")] != '\0') {
		words[0] = b->query;
		b->search = search_new_opts(words, 1, &opts, &st, err,
		    sizeof(err));
		switch (st) {
		case SEARCH_OK:
			/* The records' words are read once, not per key. */
			search_use_cache(b->search, b->words);
			break;
		case SEARCH_NOMEM:
			return false;
		default:
			/*
			 * A phrase still open while it is typed, or only
			 * common words: the catalogue, with the reason.
			 */
			snprintf(b->qerr, sizeof(b->qerr), "%s", err);
			break;
		}
	}
	return rank(b);
}

/* Out of memory: the browser's sticky flag (cli.h); the caller leaves. */
static enum browse_action
nomem(struct browse *b)
{
	b->oom = true;
	return BROWSE_QUIT;
}

/* Languages "fr, es" as separate conditions. */
static enum filter_status
add_languages(struct filter *f, const char *langs)
{
	char			 one[BROWSE_PROMPT_MAX];
	const char		*p, *end;
	size_t			 len;
	enum filter_status	 st;

	for (p = langs; *p != '\0'; p = *end != '\0' ? end + 1 : end) {
		p += strspn(p, " ");
		end = p + strcspn(p, ",");
		for (len = (size_t)(end - p); len > 0 && p[len - 1] == ' '; len--)
			;
		if (len == 0)
			continue;
		memcpy(one, p, len);
		one[len] = '\0';
		if ((st = filter_add(f, FILTER_LANGUAGE, one)) != FILTER_OK)
			return st;
	}
	return FILTER_OK;
}

/*
 * The filter of year, langs and avail; NULL on failure: out of memory,
 * which sets *oom, or a bad year or language, which err tells.
 */
static struct filter *
keyed_filter(const char *year, const char *langs, unsigned avail,
    bool *oom, char *err, size_t errsize)
{
	struct filter		*f;
	enum filter_status	 st = FILTER_OK;

	if ((f = filter_new()) == NULL) {
		*oom = true;
		return NULL;
	}
	if (*year != '\0')
		st = filter_add(f, FILTER_YEAR, year);
	if (st == FILTER_OK)
		st = add_languages(f, langs);
	if (st == FILTER_OK && (avail & AVAIL_PDF))
		st = filter_add(f, FILTER_AVAILABLE, "pdf");
	if (st == FILTER_OK && (avail & AVAIL_HARDCOPY))
		st = filter_add(f, FILTER_AVAILABLE, "hardcopy");
	if (st != FILTER_OK) {
		if (filter_oom(f))
			*oom = true;
		else
			snprintf(err, errsize, "%s", filter_error(f));
		filter_free(f);
		return NULL;
	}
	return f;
}

/* Filter and sort the catalogue into base, then rank. */
static bool
rebase(struct browse *b)
{
	const struct catalog	*cat = b->cat;
	size_t			 i;
	int			 r1, r2;

	b->nbase = 0;
	for (i = 0; i < cat->npubs; i++) {
		r1 = b->fixed != NULL ? filter_match(b->fixed, cat->pubs[i]) : 1;
		r2 = r1 == 1 ? filter_match(b->keyed, cat->pubs[i]) : r1;
		if (r1 < 0 || r2 < 0 || filter_oom(b->keyed) ||
		    (b->fixed != NULL && filter_oom(b->fixed)))
			return false;
		if (r2)
			b->base[b->nbase++] = cat->pubs[i];
	}
	if (b->order.nkeys > 0 && !order_sort(&b->order, b->base, b->nbase))
		return false;
	if (b->order.nkeys == 0 && b->order.reverse)
		for (i = 0; i < b->nbase / 2; i++) {
			struct pub *t = b->base[i];
			b->base[i] = b->base[b->nbase - 1 - i];
			b->base[b->nbase - 1 - i] = t;
		}
	/* The words for typos are read here, not at a key that needs them. */
	if (!search_cache_fill(b->words, b->base, b->nbase))
		return false;
	return rank(b);
}

/* Set the sort to spec ("" for none); false with err on a bad spec. */
static bool
set_sort(struct browse *b, const char *spec, bool reverse, char *err,
    size_t errsize)
{
	struct order	 o;

	memset(&o, 0, sizeof(o));
	if (*spec != '\0' && !order_parse(&o, spec, err, errsize))
		return false;
	o.reverse = reverse;
	b->order = o;
	snprintf(b->sort, sizeof(b->sort), "%s", spec);
	return true;
}

bool
browse_init(struct browse *b, const struct catalog *cat,
    const struct browse_opts *opts, char *err, size_t errsize)
{
	size_t			 n = cat->npubs + 1;

	memset(b, 0, sizeof(*b));
	err[0] = '\0';
	b->cat = cat;
	b->fixed = opts->fixed;
	b->limit = opts->limit;
	b->mode = BROWSE_TYPING;
	snprintf(b->year, sizeof(b->year), "%s", opts->year ? opts->year : "");
	snprintf(b->langs, sizeof(b->langs), "%s", opts->langs ? opts->langs :
	    "");
	b->avail = opts->avail;
	if (!set_sort(b, opts->sort != NULL ? opts->sort : "", opts->reverse,
	    err, errsize))
		return false;
	if ((b->keyed = keyed_filter(b->year, b->langs, b->avail, &b->oom,
	    err, errsize)) == NULL)
		return false;
	if ((b->base = malloc(n * sizeof(*b->base))) == NULL ||
	    (b->list = malloc(n * sizeof(*b->list))) == NULL ||
	    (b->marks = malloc(n * sizeof(*b->marks))) == NULL ||
	    (b->marked = calloc(n, sizeof(*b->marked))) == NULL ||
	    (b->words = search_cache_new()) == NULL)
		return false;
	if (opts->query != NULL) {
		snprintf(b->query, sizeof(b->query), "%s", opts->query);
		b->qlen = strlen(b->query);
		/*
		 * The words were given: the list is what to look at, and
		 * the last word is complete (a blank after it), so it is
		 * searched as `search` does.
		 */
		if (b->qlen > 0) {
			b->mode = BROWSE_LIST;
			if (b->query[b->qlen - 1] != ' ' &&
			    b->qlen + 1 < sizeof(b->query))
				b->query[b->qlen++] = ' ';
			b->query[b->qlen] = '\0';
		}
	}
	if (!rebase(b))
		return false;
	return query_changed(b);
}

void
browse_free(struct browse *b)
{
	search_free(b->search);
	search_cache_free(b->words);
	filter_free(b->keyed);
	free(b->base);
	free(b->list);
	free(b->marks);
	free(b->marked);
	memset(b, 0, sizeof(*b));
}

static void
move_by(struct browse *b, long delta)
{
	size_t	 i = b->sel;

	if (b->n == 0)
		return;
	if (delta < 0)
		i = (size_t)-delta > i ? 0 : i - (size_t)-delta;
	else
		i = i + (size_t)delta >= b->n ? b->n - 1 : i + (size_t)delta;
	select_at(b, i);
}

static size_t
page(const struct browse *b)
{
	return b->rows > 1 ? b->rows - 1 : 1;
}

static void
scroll_pane(struct browse *b, long delta)
{
	size_t	 max = b->pane_lines > b->pane_rows ? b->pane_lines -
	    b->pane_rows : 0;

	if (delta < 0)
		b->pane_top = (size_t)-delta > b->pane_top ? 0 :
		    b->pane_top - (size_t)-delta;
	else
		b->pane_top += (size_t)delta;
	if (b->pane_top > max)
		b->pane_top = max;
}

static void
toggle_mark(struct browse *b, long then)
{
	struct pub	*p = browse_selected(b);
	size_t		 i;

	if (p == NULL)
		return;
	if (b->marked[p->index]) {
		b->marked[p->index] = false;
		for (i = 0; i < b->nmarks && b->marks[i] != p; i++)
			;
		memmove(b->marks + i, b->marks + i + 1,
		    (b->nmarks - i - 1) * sizeof(*b->marks));
		b->nmarks--;
	} else {
		b->marked[p->index] = true;
		b->marks[b->nmarks++] = p;
	}
	move_by(b, then);
}

/* The length of the UTF-8 character that ends s[0..len). */
static size_t
last_char(const char *s, size_t len)
{
	size_t	 n = 1;

	while (n < len && ((unsigned char)s[len - n] & 0xc0) == 0x80)
		n++;
	return len > 0 ? n : 0;
}

/* Append the character cp to s (of *len bytes, size max); false: full. */
static bool
add_char(char *s, size_t *len, size_t max, int cp)
{
	char		 u[4];
	size_t		 n;
	unsigned	 c = (unsigned)cp;

	if (c < 0x80) {
		u[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		u[0] = (char)(0xc0 | c >> 6);
		u[1] = (char)(0x80 | (c & 0x3f));
		n = 2;
	} else if (c < 0x10000) {
		u[0] = (char)(0xe0 | c >> 12);
		u[1] = (char)(0x80 | (c >> 6 & 0x3f));
		u[2] = (char)(0x80 | (c & 0x3f));
		n = 3;
	} else {
		u[0] = (char)(0xf0 | c >> 18);
		u[1] = (char)(0x80 | (c >> 12 & 0x3f));
		u[2] = (char)(0x80 | (c >> 6 & 0x3f));
		u[3] = (char)(0x80 | (c & 0x3f));
		n = 4;
	}
	if (*len + n >= max)
		return false;
	memcpy(s + *len, u, n);
	*len += n;
	s[*len] = '\0';
	return true;
}

/* A character that may go into the query or a prompt. */
static bool
typable(int key)
{
	if (key < 0x20 || key >= 0x110000 || (key >= 0xd800 && key < 0xe000))
		return false;
	return !text_is_unsafe((uint32_t)key);
}

/* Ctrl-W: the blanks before the last word, then the word. */
static size_t
word_start(const char *s, size_t len)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	while (len > 0 && s[len - 1] != ' ')
		len--;
	return len;
}

static enum browse_action
edit_query(struct browse *b, int key)
{
	size_t	 was = b->qlen;

	switch (key) {
	case BROWSE_KEY_BACKSPACE:
	case BROWSE_CTRL('H'):
	case 0x7f:
		b->qlen -= last_char(b->query, b->qlen);
		break;
	case BROWSE_CTRL('W'):
		b->qlen = word_start(b->query, b->qlen);
		break;
	case BROWSE_CTRL('U'):
		b->qlen = 0;
		break;
	default:
		if (!add_char(b->query, &b->qlen, sizeof(b->query), key)) {
			browse_message(b, "the query is as long as it can be");
			return BROWSE_DRAW;
		}
		break;
	}
	b->query[b->qlen] = '\0';
	if (b->qlen != was)
		b->stale = true;
	return BROWSE_DRAW;
}

bool
browse_update(struct browse *b)
{
	if (!b->stale)
		return true;
	b->stale = false;
	return query_changed(b);
}

/* Does key edit the query (rather than act on the list)? */
static bool
edits_query(const struct browse *b, int key)
{
	switch (key) {
	case BROWSE_KEY_BACKSPACE:
	case BROWSE_CTRL('H'):
	case 0x7f:
		return b->mode == BROWSE_TYPING || b->mode == BROWSE_LIST;
	case BROWSE_CTRL('W'):
	case BROWSE_CTRL('U'):
		return b->mode == BROWSE_TYPING;
	default:
		return b->mode == BROWSE_TYPING && key != '?' && typable(key);
	}
}

static void
start_prompt(struct browse *b, enum browse_prompt which)
{
	const char	*now = which == BROWSE_PROMPT_YEAR ? b->year : b->langs;

	b->prompt_from = b->mode;
	b->mode = BROWSE_PROMPT;
	b->prompt = which;
	snprintf(b->ptext, sizeof(b->ptext), "%s", now);
	b->plen = strlen(b->ptext);
}

/* A language no table knows: say so, with the nearest, but allow it. */
static void
check_languages(struct browse *b, const char *langs)
{
	const char		*p, *end, *near;
	char			 q[64];
	size_t			 len;
	bool			 oom = false;

	for (p = langs; *p != '\0'; p = *end != '\0' ? end + 1 : end) {
		p += strspn(p, " ");
		end = p + strcspn(p, ",");
		for (len = (size_t)(end - p); len > 0 && p[len - 1] == ' '; len--)
			;
		/* Out of memory costs only this hint, as it did. */
		if (len == 0 || lang_find(p, len, &oom) != NULL || oom)
			continue;
		near = lang_suggest(p, len);
		text_quote(q, sizeof(q), p, len, 20);
		browse_message(b, "unknown language '%s'%s%s%s", q,
		    near ? "; did you mean '" : "", near ? near : "",
		    near ? "'?" : "");
		return;
	}
}

static enum browse_action
apply_prompt(struct browse *b)
{
	struct filter		*f;
	char			 err[200];

	err[0] = '\0';
	if (b->prompt == BROWSE_PROMPT_YEAR)
		f = keyed_filter(b->ptext, b->langs, b->avail, &b->oom, err,
		    sizeof(err));
	else
		f = keyed_filter(b->year, b->ptext, b->avail, &b->oom, err,
		    sizeof(err));
	if (f == NULL) {
		if (b->oom)
			return nomem(b);
		browse_message(b, "%s", err);
		return BROWSE_DRAW;	/* stay on the prompt, to fix it */
	}
	filter_free(b->keyed);
	b->keyed = f;
	if (b->prompt == BROWSE_PROMPT_YEAR)
		snprintf(b->year, sizeof(b->year), "%s", b->ptext);
	else {
		snprintf(b->langs, sizeof(b->langs), "%s", b->ptext);
		check_languages(b, b->langs);
	}
	b->mode = b->prompt_from;
	return rebase(b) ? BROWSE_DRAW : nomem(b);
}

static enum browse_action
prompt_key(struct browse *b, int key)
{
	switch (key) {
	case BROWSE_KEY_ENTER:
	case '\r':
	case '\n':
		return apply_prompt(b);
	case BROWSE_ESC:
	case BROWSE_CTRL('G'):
		b->mode = b->prompt_from;
		return BROWSE_DRAW;
	case BROWSE_CTRL('C'):
		return BROWSE_QUIT;
	case BROWSE_KEY_BACKSPACE:
	case BROWSE_CTRL('H'):
	case 0x7f:
		b->plen -= last_char(b->ptext, b->plen);
		b->ptext[b->plen] = '\0';
		return BROWSE_DRAW;
	case BROWSE_CTRL('U'):
		b->plen = 0;
		b->ptext[0] = '\0';
		return BROWSE_DRAW;
	default:
		if (typable(key) && !add_char(b->ptext, &b->plen,
		    sizeof(b->ptext), key))
			browse_message(b, "that is as long as it can be");
		return BROWSE_DRAW;
	}
}

static enum browse_action
help_key(struct browse *b, int key)
{
	switch (key) {
	case BROWSE_CTRL('C'):
		return BROWSE_QUIT;
	case 'j':
	case BROWSE_KEY_DOWN:
	case BROWSE_CTRL('N'):
		b->help_top++;
		return BROWSE_DRAW;
	case 'k':
	case BROWSE_KEY_UP:
	case BROWSE_CTRL('P'):
		if (b->help_top > 0)
			b->help_top--;
		return BROWSE_DRAW;
	case ' ':
	case BROWSE_KEY_PGDN:
		b->help_top += page(b);
		return BROWSE_DRAW;
	case 'b':
	case BROWSE_KEY_PGUP:
		b->help_top = b->help_top > page(b) ? b->help_top - page(b) : 0;
		return BROWSE_DRAW;
	default:
		/* Any other key closes the help. */
		b->mode = b->prompt_from;
		return BROWSE_DRAW;
	}
}

static const char *
avail_name(unsigned avail)
{
	return avail == AVAIL_PDF ? "pdf" : avail == AVAIL_HARDCOPY ?
	    "hardcopy" : avail != 0 ? "pdf or hardcopy" : "any";
}

static enum browse_action
cycle_avail(struct browse *b)
{
	struct filter		*f;
	unsigned		 next;
	char			 err[200];

	next = b->avail == 0 ? AVAIL_PDF : b->avail == AVAIL_PDF ?
	    AVAIL_HARDCOPY : 0;
	if ((f = keyed_filter(b->year, b->langs, next, &b->oom, err,
	    sizeof(err))) == NULL)
		return nomem(b);
	filter_free(b->keyed);
	b->keyed = f;
	b->avail = next;
	browse_message(b, "availability: %s", avail_name(next));
	return rebase(b) ? BROWSE_DRAW : nomem(b);
}

static enum browse_action
cycle_sort(struct browse *b)
{
	char	 err[128];
	size_t	 i;

	for (i = 0; i < NSORTS && strcmp(sorts[i], b->sort) != 0; i++)
		;
	i = i < NSORTS ? (i + 1) % NSORTS : 0;
	if (!set_sort(b, sorts[i], b->order.reverse, err, sizeof(err)))
		return nomem(b);	/* the table's specs are good */
	browse_message(b, "sort: %s", *b->sort != '\0' ? b->sort : b->search != NULL ?
	    "relevance" : "catalogue order");
	return rebase(b) ? BROWSE_DRAW : nomem(b);
}

static enum browse_action
clear_filters(struct browse *b)
{
	struct filter		*f;
	char			 err[200];

	if ((f = keyed_filter("", "", 0, &b->oom, err, sizeof(err))) == NULL)
		return nomem(b);
	filter_free(b->keyed);
	b->keyed = f;
	b->year[0] = b->langs[0] = '\0';
	b->avail = 0;
	set_sort(b, "", false, err, sizeof(err));
	browse_message(b, "year, language, availability and sort cleared");
	return rebase(b) ? BROWSE_DRAW : nomem(b);
}

/* Keys that do the same whatever the mode; -1: not one of them. */
static int
common_key(struct browse *b, int key)
{
	switch (key) {
	case BROWSE_KEY_UP:
	case BROWSE_CTRL('P'):
		b->mode = BROWSE_LIST;
		move_by(b, -1);
		return BROWSE_DRAW;
	case BROWSE_KEY_DOWN:
	case BROWSE_CTRL('N'):
		b->mode = BROWSE_LIST;
		move_by(b, 1);
		return BROWSE_DRAW;
	case BROWSE_KEY_PGUP:
		b->mode = BROWSE_LIST;
		move_by(b, -(long)page(b));
		return BROWSE_DRAW;
	case BROWSE_KEY_PGDN:
		b->mode = BROWSE_LIST;
		move_by(b, (long)page(b));
		return BROWSE_DRAW;
	case BROWSE_KEY_HOME:
		b->mode = BROWSE_LIST;
		select_at(b, 0);
		return BROWSE_DRAW;
	case BROWSE_KEY_END:
		b->mode = BROWSE_LIST;
		select_at(b, b->n > 0 ? b->n - 1 : 0);
		return BROWSE_DRAW;
	case BROWSE_KEY_SUP:
		scroll_pane(b, -1);
		return BROWSE_DRAW;
	case BROWSE_KEY_SDOWN:
		scroll_pane(b, 1);
		return BROWSE_DRAW;
	case '\t':
		toggle_mark(b, 1);
		return BROWSE_DRAW;
	case BROWSE_KEY_BTAB:
		toggle_mark(b, -1);
		return BROWSE_DRAW;
	case BROWSE_KEY_ENTER:
	case '\r':
	case '\n':
		if (b->nmarks == 0 && b->n == 0) {
			browse_message(b, "nothing to pick: no record matches");
			return BROWSE_DRAW;
		}
		return BROWSE_ACCEPT;
	case BROWSE_ESC:
	case BROWSE_CTRL('C'):
		return BROWSE_QUIT;
	case BROWSE_CTRL('O'):
		return b->n > 0 ? BROWSE_PAGER : BROWSE_DRAW;
	case BROWSE_CTRL('Y'):
		return b->n > 0 ? BROWSE_COPY_ID : BROWSE_DRAW;
	case BROWSE_CTRL('L'):
		return BROWSE_REDRAW;
	case BROWSE_CTRL('Z'):
		return BROWSE_SUSPEND;
	case '?':
	case BROWSE_KEY_F1:
		b->prompt_from = b->mode;
		b->mode = BROWSE_HELP;
		b->help_top = 0;
		return BROWSE_DRAW;
	default:
		return -1;
	}
}

static enum browse_action
list_key(struct browse *b, int key)
{
	switch (key) {
	case 'j':
		move_by(b, 1);
		return BROWSE_DRAW;
	case 'k':
		move_by(b, -1);
		return BROWSE_DRAW;
	case 'g':
		select_at(b, 0);
		return BROWSE_DRAW;
	case 'G':
		select_at(b, b->n > 0 ? b->n - 1 : 0);
		return BROWSE_DRAW;
	case BROWSE_CTRL('F'):
		move_by(b, (long)page(b));
		return BROWSE_DRAW;
	case BROWSE_CTRL('B'):
		move_by(b, -(long)page(b));
		return BROWSE_DRAW;
	case ' ':
		scroll_pane(b, b->pane_rows > 1 ? (long)b->pane_rows - 1 : 1);
		return BROWSE_DRAW;
	case 'b':
		scroll_pane(b, -(b->pane_rows > 1 ? (long)b->pane_rows - 1 : 1));
		return BROWSE_DRAW;
	case 'J':
		scroll_pane(b, 1);
		return BROWSE_DRAW;
	case 'K':
		scroll_pane(b, -1);
		return BROWSE_DRAW;
	case 'm':
		toggle_mark(b, 0);
		return BROWSE_DRAW;
	case '/':
		b->mode = BROWSE_TYPING;
		return BROWSE_DRAW;
	case BROWSE_KEY_BACKSPACE:
	case BROWSE_CTRL('H'):
	case 0x7f:
		b->mode = BROWSE_TYPING;
		return edit_query(b, key);
	case 'o':
		return b->n > 0 ? BROWSE_PAGER : BROWSE_DRAW;
	case 'y':
		return b->n > 0 ? BROWSE_COPY_ID : BROWSE_DRAW;
	case 'c':
		return b->n > 0 ? BROWSE_COPY_CITE : BROWSE_DRAW;
	case 'Y':
		start_prompt(b, BROWSE_PROMPT_YEAR);
		return BROWSE_DRAW;
	case 'L':
		start_prompt(b, BROWSE_PROMPT_LANGUAGE);
		return BROWSE_DRAW;
	case 'A':
		return cycle_avail(b);
	case 'S':
		return cycle_sort(b);
	case 'R':
		b->order.reverse = !b->order.reverse;
		browse_message(b, "order %s", b->order.reverse ? "reversed" : "as it was");
		return rebase(b) ? BROWSE_DRAW : nomem(b);
	case 'X':
		return clear_filters(b);
	case 'q':
		return BROWSE_QUIT;
	default:
		if (typable(key))
			browse_message(b, "not a key in the list: / types in the query, "
			    "? shows every key");
		return BROWSE_DRAW;
	}
}

enum browse_action
browse_key(struct browse *b, int key)
{
	int	 r;

	b->msg[0] = '\0';
	/* Every other key acts on the list as the query makes it. */
	if (!edits_query(b, key) && !browse_update(b))
		return nomem(b);
	switch (b->mode) {
	case BROWSE_PROMPT:
		return prompt_key(b, key);
	case BROWSE_HELP:
		return help_key(b, key);
	default:
		break;
	}
	if ((r = common_key(b, key)) >= 0)
		return (enum browse_action)r;
	if (b->mode == BROWSE_LIST)
		return list_key(b, key);
	switch (key) {
	case BROWSE_KEY_BACKSPACE:
	case BROWSE_CTRL('H'):
	case 0x7f:
	case BROWSE_CTRL('W'):
	case BROWSE_CTRL('U'):
		return edit_query(b, key);
	default:
		if (typable(key))
			return edit_query(b, key);
		return BROWSE_DRAW;
	}
}

const char *
browse_query_label(const struct browse *b)
{
	switch (b->mode) {
	case BROWSE_PROMPT:
		return b->prompt == BROWSE_PROMPT_YEAR ?
		    "Year (2010..2015): " : "Languages (fr, es): ";
	default:
		return "Search: ";
	}
}

/*
 * What search has to say about the query, as `search` says it: the words
 * it corrected, or, when nothing matched, words that records have.
 */
static bool
search_said(const struct browse *b, struct buf *s)
{
	const struct search_correction	*c;
	const char *const		*near;
	size_t				 i, n;

	if (b->search == NULL || b->stale)
		return false;
	if ((c = search_corrections(b->search, &n)) != NULL && n > 0) {
		for (i = 0; i < n; i++) {
			buf_adds(s, i > 0 ? ", " : "");
			if (c[i].kind == SEARCH_FIX_TYPO)
				buf_printf(s, "searching for \"%s\" (no "
				    "record has \"%s\")", c[i].used,
				    c[i].typed);
			else if (c[i].kind == SEARCH_FIX_LEFT_OUT)
				buf_printf(s, "no record has \"%s\"; "
				    "searching without it", c[i].typed);
			else
				buf_printf(s, "no record is about %s%s%s%s",
				    c[i].typed, c[i].used != NULL ? " (" : "",
				    c[i].used != NULL ? c[i].used : "",
				    c[i].used != NULL ? ")" : "");
		}
		return true;
	}
	if (b->n > 0 || (near = search_suggestions(b->search, &n)) == NULL ||
	    n == 0)
		return false;
	buf_adds(s, "nothing found; words that records have:");
	for (i = 0; i < n; i++)
		buf_printf(s, "%s %s", i > 0 ? "," : "", near[i]);
	return true;
}

void
browse_status(const struct browse *b, struct buf *s)
{
	buf_printf(s, "%zu/%zu", b->n, b->nbase);
	if (b->nbase != b->cat->npubs)
		buf_printf(s, " of %zu", b->cat->npubs);
	if (*b->year != '\0')
		buf_printf(s, "  year %s", b->year);
	if (*b->langs != '\0')
		buf_printf(s, "  language %s", b->langs);
	if (b->avail != 0)
		buf_printf(s, "  %s", avail_name(b->avail));
	if (b->fixed != NULL && !filter_empty(b->fixed))
		buf_adds(s, "  +options");
	if (*b->sort != '\0' || b->order.reverse)
		buf_printf(s, "  sort %s%s", *b->sort != '\0' ? b->sort :
		    b->search != NULL ? "relevance" : "catalogue",
		    b->order.reverse ? " reversed" : "");
	if (b->nmarks > 0)
		buf_printf(s, "  [%zu marked]", b->nmarks);
	buf_adds(s, "  ");
	if (*b->msg != '\0')
		buf_adds(s, b->msg);
	else if (*b->qerr != '\0')
		buf_adds(s, b->qerr);
	else if (b->mode != BROWSE_PROMPT && b->mode != BROWSE_HELP &&
	    search_said(b, s))
		;
	else if (b->mode == BROWSE_PROMPT)
		buf_adds(s, "Enter apply  Esc cancel");
	else if (b->mode == BROWSE_HELP)
		buf_adds(s, "j/k scroll  any other key: back");
	else if (b->mode == BROWSE_LIST)
		buf_adds(s, "j/k move  / search  Tab mark  Enter pick  "
		    "q quit  ? keys");
	else
		buf_adds(s, "Up/Down move  Tab mark  Enter pick  Esc quit  "
		    "? keys");
}
