/*
 * cite.c: the facts of a reference, and the formatted reference.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>

#include "buf.h"
#include "catalog.h"
#include "cite.h"
#include "lang.h"
#include "text.h"

static const char *const style_names[CITE__STYLES] = {
	[CITE_APA] = "apa",
	[CITE_CHICAGO] = "chicago",
};

int
cite_style_lookup(const char *name)
{
	int	 i;

	for (i = 0; i < CITE__STYLES; i++)
		if (strcmp(style_names[i], name) == 0)
			return i;
	return -1;
}

const char *
cite_style_name(enum cite_style st)
{
	return style_names[st];
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

static struct str
trim(const char *p, const char *end)
{
	while (p < end && is_space(*p))
		p++;
	while (end > p && is_space(end[-1]))
		end--;
	return str_make(p, (size_t)(end - p));
}

struct str
cite_body_name(struct str s)
{
	const char	*open;

	if (!str_present(s))
		return s;
	/* "International Organization for Migration (IOM)" */
	if (s.len > 2 && s.ptr[s.len - 1] == ')' &&
	    (open = memchr(s.ptr, '(', s.len)) != NULL && open > s.ptr &&
	    open[-1] == ' ' && memchr(open + 1, '(', (size_t)(s.ptr + s.len -
	    open - 1)) == NULL)
		s = trim(s.ptr, open);
	return s.len > 0 ? s : STR_NONE;
}

static bool
has_digit(const char *p, const char *end)
{
	for (; p < end; p++)
		if (*p >= '0' && *p <= '9')
			return true;
	return false;
}

/*
 * The city of a postal address: the part before the country, its postal
 * codes left out ("1211 Geneva 19, Switzerland" gives "Geneva").  Absent
 * unless that leaves exactly one run of words.
 */
static struct str
address_city(struct str a)
{
	const char	*p, *last, *prev, *w, *we, *from = NULL, *to = NULL;

	if (!str_present(a) || memchr(a.ptr, '\n', a.len) != NULL)
		return STR_NONE;
	if ((last = memrchr(a.ptr, ',', a.len)) == NULL)
		return STR_NONE;
	prev = memrchr(a.ptr, ',', (size_t)(last - a.ptr));
	p = prev != NULL ? prev + 1 : a.ptr;
	for (w = p; w < last; w = we) {
		while (w < last && is_space(*w))
			w++;
		for (we = w; we < last && !is_space(*we); we++)
			continue;
		if (we == w || has_digit(w, we))
			continue;
		if (from != NULL && to != NULL && has_digit(to, w))
			return STR_NONE;	/* two runs of words */
		if (from == NULL)
			from = w;
		to = we;
	}
	return from != NULL ? str_make(from, (size_t)(to - from)) : STR_NONE;
}

void
cite_of(struct cite *c, const struct pub *p, const struct catalog_info *info)
{
	const struct lang	*l;
	bool			 oom = false;

	memset(c, 0, sizeof(*c));
	c->pub = p;
	c->type = p->isbn.n + p->eisbn.n > 0 ? CITE_BOOK : CITE_REPORT;
	c->author = c->publisher = c->place = STR_NONE;
	if (info != NULL) {
		c->author = c->publisher = cite_body_name(info->publisher);
		c->place = address_city(info->ordering.address);
	}
	/*
	 * Out of memory, the language is unknown: c->oom says so, and the
	 * formats make it the output's failure rather than write a
	 * reference without its language.
	 */
	if (p->languages.n > 0 && (l = lang_find(p->languages.v[0].ptr,
	    p->languages.v[0].len, &oom)) != NULL)
		c->lang = l->code;
	c->oom = oom;
}

/*
 * The formatted reference.
 *
 * `--format cite` must read as pandoc's citeproc renders our CSL-JSON
 * with the CSL styles apa.csl and chicago-author-date.csl, so these
 * rules are those of citeproc, not our own taste:
 *
 * - Straight quotes in a title are quotation marks when they pair up
 *   ("a", 'a'), set as curly double quotes, and single ones inside
 *   those (nested quotes alternate); an apostrophe becomes ’.  Within
 *   Chicago's quoted report titles the alternation starts one deeper.
 * - Chicago sets English titles in title case: a word all in lower
 *   case gets a capital, unless it is a short word ("a", "of", "the",
 *   ...; and a single letter) in the middle of a sentence.  Words with a
 *   capital already are left alone.  A sentence starts the title and
 *   follows ".", "?", "!" or ":" and a space; a word starts after a
 *   space, "-", "/", an en or an em dash.
 * - A part of the reference ends with ".", unless it already ends with
 *   ".", "?" or "!"; Chicago puts that full stop inside the quotes of a
 *   report's title.
 */

enum role {
	ROLE_TEXT,
	ROLE_OPEN,		/* an opening quotation mark */
	ROLE_CLOSE
};

struct rich {
	uint32_t	*cp;		/* the text, one code point each */
	unsigned char	*role;		/* enum role of each */
	unsigned char	*depth;		/* quotes: how deeply nested */
	size_t		 n;
};

static bool
is_alnum(uint32_t c)
{
	return uc_is_general_category(c, UC_CATEGORY_L) ||
	    uc_is_general_category(c, UC_CATEGORY_N);
}

static bool
is_wspace(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') ||
	    uc_is_general_category(c, UC_CATEGORY_Zs);
}

static bool
rich_init(struct rich *r, struct str s)
{
	uint32_t	 c;
	size_t		 i;

	r->n = 0;
	r->cp = calloc(s.len + 1, sizeof(*r->cp));
	r->role = calloc(s.len + 1, 1);
	r->depth = calloc(s.len + 1, 1);
	if (r->cp == NULL || r->role == NULL || r->depth == NULL)
		return false;
	for (i = 0; i < s.len; r->n++) {
		i += text_decode(s.ptr + i, s.len - i, &c);
		r->cp[r->n] = c & TEXT_BADBYTE ? 0xfffd : c;
	}
	return true;
}

static void
rich_free(struct rich *r)
{
	free(r->cp);
	free(r->role);
	free(r->depth);
}

#define LDQUO	0x201c
#define RDQUO	0x201d
#define LSQUO	0x2018
#define RSQUO	0x2019

static bool
is_double(uint32_t c)
{
	return c == '"' || c == LDQUO || c == RDQUO;
}

static bool
is_single(uint32_t c)
{
	return c == '\'' || c == LSQUO || c == RSQUO;
}

/* Could c at i close a quote of its kind? */
static bool
may_close(const struct rich *r, size_t i)
{
	uint32_t	 c = r->cp[i];

	if (is_double(c))
		return c != LDQUO;
	return c != LSQUO && i > 0 && !is_wspace(r->cp[i - 1]) &&
	    (i + 1 == r->n || !is_alnum(r->cp[i + 1]));
}

static bool
closed_later(const struct rich *r, size_t i)
{
	size_t	 j;

	for (j = i + 1; j < r->n; j++)
		if ((is_double(r->cp[i]) ? is_double(r->cp[j]) :
		    is_single(r->cp[j])) && may_close(r, j))
			return true;
	return false;
}

/*
 * Which quote characters pair up as quotation marks.  A stack of open
 * quotes; one left open at the end is text after all.  Quadratic only
 * in quote characters without a partner, of which a title has few.
 */
static void
rich_quotes(struct rich *r)
{
	size_t		 stack[64], top = 0, i;
	uint32_t	 c;
	bool		 before, after;

	for (i = 0; i < r->n; i++) {
		c = r->cp[i];
		if (!is_double(c) && !is_single(c))
			continue;
		before = i > 0 && is_alnum(r->cp[i - 1]);
		after = i + 1 < r->n && is_alnum(r->cp[i + 1]);
		if (is_single(c) && before && after) {
			r->cp[i] = RSQUO;	/* an apostrophe */
			continue;
		}
		if (top > 0 && is_double(r->cp[stack[top - 1]]) ==
		    is_double(c) && may_close(r, i)) {
			r->role[i] = ROLE_CLOSE;
			r->depth[i] = (unsigned char)--top;
			continue;
		}
		if (top < sizeof(stack) / sizeof(stack[0]) &&
		    c != RDQUO && c != RSQUO && !(is_single(c) && before) &&
		    i + 1 < r->n && !is_wspace(r->cp[i + 1]) &&
		    closed_later(r, i)) {
			r->role[i] = ROLE_OPEN;
			r->depth[i] = (unsigned char)top;
			stack[top++] = i;
			continue;
		}
		if (c == '\'')
			r->cp[i] = RSQUO;
	}
	while (top > 0)
		r->role[stack[--top]] = ROLE_TEXT;
}

enum tc_state {
	TC_START,
	TC_SENTENCE,		/* a sentence starts */
	TC_WORD_END,		/* after a space, hyphen, slash or dash */
	TC_WORD_CHAR,		/* after a letter or digit */
	TC_STOP,		/* after ".", "?", "!" or ":" */
	TC_LAST			/* before the last word */
};

static const char *const short_words[] = {
	"a", "about", "an", "and", "as", "at", "but", "by", "d", "de",
	"down", "for", "from", "in", "into", "l", "nor", "of", "on", "onto",
	"or", "over", "so", "the", "till", "to", "up", "van", "via", "von",
	"with", "yet"
};

static int
cmp_word(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

static bool
is_short_word(const uint32_t *w, size_t n)
{
	char	 ascii[8];
	size_t	 i;

	if (n >= sizeof(ascii))
		return false;
	for (i = 0; i < n; i++) {
		if (w[i] >= 0x80)
			return false;
		ascii[i] = (char)w[i];
	}
	ascii[n] = '\0';
	return bsearch(ascii, short_words, sizeof(short_words) /
	    sizeof(short_words[0]), sizeof(short_words[0]), cmp_word) != NULL;
}

/* A word (a run of letters and digits) in title case. */
static void
title_word(uint32_t *w, size_t n, enum tc_state st)
{
	bool	 upper = false, lower = false, all_upper = true;
	size_t	 i;

	for (i = 0; i < n; i++) {
		bool u = uc_is_general_category(w[i], UC_CATEGORY_Lu) ||
		    uc_is_general_category(w[i], UC_CATEGORY_Lt);
		upper |= u;
		lower |= uc_is_general_category(w[i], UC_CATEGORY_Ll);
		all_upper &= u;
	}
	if ((upper && lower) || all_upper)
		return;
	if (st == TC_START || st == TC_SENTENCE || (st == TC_LAST && n > 1) ||
	    (st == TC_WORD_END && n > 1 && !is_short_word(w, n))) {
		for (i = 0; i < n; i++)
			w[i] = uc_tolower(w[i]);
		w[0] = uc_toupper(w[0]);
	}
}

static bool
is_word_break(uint32_t c)
{
	return is_wspace(c) || c == '-' || c == '/' || c == 0x2013 ||
	    c == 0x2014;
}

static enum tc_state
tc_next(enum tc_state st, uint32_t last)
{
	if (last == '.' || last == '?' || last == '!' || last == ':')
		return TC_STOP;
	if (is_alnum(last))
		return TC_WORD_CHAR;
	if (is_wspace(last) && st == TC_STOP)
		return TC_SENTENCE;
	if (is_word_break(last))
		return TC_WORD_END;
	return st;
}

/*
 * Title case over the text; quotation marks end a word.  With last, as
 * in a quoted title, the last word after a space gets its capital even
 * if it is short ("On the Way In").
 */
static void
rich_title_case(struct rich *r, bool last)
{
	enum tc_state	 st = TC_START;
	size_t		 i, j, tail = r->n;

	/* The text after tail has no word break and no quotation mark. */
	while (last && tail > 0 && r->role[tail - 1] == ROLE_TEXT &&
	    !is_word_break(r->cp[tail - 1]))
		tail--;

	for (i = 0; i < r->n; i = j) {
		if (r->role[i] != ROLE_TEXT) {
			j = i + 1;
			continue;
		}
		j = i + 1;
		if (is_alnum(r->cp[i])) {
			while (j < r->n && r->role[j] == ROLE_TEXT &&
			    is_alnum(r->cp[j]))
				j++;
			title_word(r->cp + i, j - i, st);
		} else if (is_wspace(r->cp[i]))
			while (j < r->n && r->role[j] == ROLE_TEXT &&
			    is_wspace(r->cp[j]))
				j++;
		st = tc_next(st, r->cp[j - 1]);
		if (last && j == tail && j < r->n && is_wspace(r->cp[j - 1]))
			st = TC_LAST;
	}
}

static void
add_cp(struct buf *b, uint32_t c)
{
	char	 u[4];

	if (c < 0x80)
		u[0] = (char)c, buf_add(b, u, 1);
	else if (c < 0x800) {
		u[0] = (char)(0xc0 | c >> 6);
		u[1] = (char)(0x80 | (c & 0x3f));
		buf_add(b, u, 2);
	} else if (c < 0x10000) {
		u[0] = (char)(0xe0 | c >> 12);
		u[1] = (char)(0x80 | (c >> 6 & 0x3f));
		u[2] = (char)(0x80 | (c & 0x3f));
		buf_add(b, u, 3);
	} else {
		u[0] = (char)(0xf0 | c >> 18);
		u[1] = (char)(0x80 | (c >> 12 & 0x3f));
		u[2] = (char)(0x80 | (c >> 6 & 0x3f));
		u[3] = (char)(0x80 | (c & 0x3f));
		buf_add(b, u, 4);
	}
}

/*
 * s as the styles set it, appended to b: quotes paired and curled,
 * starting `outer` levels deep, and in title case if asked.
 */
static void
add_rich(struct buf *b, struct str s, unsigned outer, bool title_case)
{
	struct rich	 r;
	size_t		 i;
	bool		 dbl;

	if (!str_present(s))
		return;
	if (!rich_init(&r, s)) {
		b->oom = true;
		rich_free(&r);
		return;
	}
	rich_quotes(&r);
	if (title_case)
		rich_title_case(&r, outer > 0);
	for (i = 0; i < r.n; i++) {
		dbl = (r.depth[i] + outer) % 2 == 0;
		if (r.role[i] == ROLE_OPEN)
			add_cp(b, dbl ? LDQUO : LSQUO);
		else if (r.role[i] == ROLE_CLOSE)
			add_cp(b, dbl ? RDQUO : RSQUO);
		else
			add_cp(b, r.cp[i]);
	}
	rich_free(&r);
}

/* Does what b holds end a sentence already? */
static bool
ends_sentence(const struct buf *b)
{
	char	 c = b->len > 0 ? b->p[b->len - 1] : '\0';

	return c == '.' || c == '?' || c == '!';
}

/* End the part just written with a full stop, and a space if more. */
static void
end_part(struct buf *b)
{
	if (!b->oom && !ends_sentence(b))
		buf_adds(b, ".");
}

static void
space(struct buf *b)
{
	if (b->len > 0)
		buf_adds(b, " ");
}

static bool
present(struct str s)
{
	return str_present(s) && s.len > 0;
}

static void
add_title(struct buf *b, const struct cite *c, enum cite_style st,
    struct mark *italic)
{
	bool	 tc = st == CITE_CHICAGO && (c->lang == NULL ||
		    strcmp(c->lang, "en") == 0);
	bool	 quoted = st == CITE_CHICAGO && c->type == CITE_REPORT;

	space(b);
	if (quoted) {
		add_cp(b, LDQUO);
		add_rich(b, c->pub->title, 1, tc);
		end_part(b);
		add_cp(b, RDQUO);
		italic->start = italic->end = b->len;
		return;
	}
	italic->start = b->len;
	add_rich(b, c->pub->title, 0, tc);
	italic->end = b->len;
	end_part(b);
}

static void
add_date(struct buf *b, const struct cite *c, enum cite_style st)
{
	space(b);
	if (st == CITE_APA)
		buf_adds(b, "(");
	if (c->pub->year > 0)
		buf_printf(b, "%ld", c->pub->year);
	else
		buf_adds(b, "n.d.");
	if (st == CITE_APA)
		buf_adds(b, ")");
	end_part(b);
}

void
cite_reference(struct buf *b, const struct cite *c, enum cite_style st,
    struct mark *italic)
{
	italic->start = italic->end = b->len;
	if (present(c->author)) {
		add_rich(b, c->author, 0, false);
		end_part(b);
		add_date(b, c, st);
		add_title(b, c, st, italic);
	} else {
		add_title(b, c, st, italic);
		add_date(b, c, st);
	}
	if (st == CITE_CHICAGO && present(c->place)) {
		space(b);
		add_rich(b, c->place, 0, false);
		if (present(c->publisher))
			buf_adds(b, ":");
		else
			end_part(b);
	}
	if (present(c->publisher)) {
		space(b);
		add_rich(b, c->publisher, 0, false);
		end_part(b);
	}
	if (present(c->pub->url)) {
		space(b);
		buf_add(b, c->pub->url.ptr, c->pub->url.len);
		if (st == CITE_CHICAGO)
			end_part(b);
	}
}
