/*
 * filter.c: condition trees over publications: building the command-line
 * filters, evaluating trees against records, and finding where text
 * conditions matched, for highlighting.  Expressions are parsed into the
 * same trees by expr.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "diag.h"
#include "filter.h"
#include "filter_node.h"
#include "fold.h"
#include "isbn.h"
#include "lang.h"
#include "lexicon.h"
#include "num.h"
#include "rx.h"
#include "suggest.h"
#include "text.h"

void
node_free(struct node *n)
{
	size_t	 i;

	if (n == NULL)
		return;
	node_free(n->left);
	node_free(n->right);
	free(n->text);
	for (i = 0; i < n->nnames; i++)
		free(n->names[i]);
	free(n->names);
	rx_free(n->re);
	free(n);
}

struct node *
node_new(enum node_type type)
{
	struct node	*n;

	if ((n = calloc(1, sizeof(*n))) != NULL)
		n->type = type;
	return n;
}

struct node *
test_new(unsigned fields, enum test_op op)
{
	struct node	*n;

	if ((n = node_new(NODE_TEST)) != NULL) {
		n->fields = fields;
		n->op = op;
	}
	return n;
}

struct node *
node_join(enum node_type type, struct node *a, struct node *b)
{
	struct node	*n;

	if (a == NULL || b == NULL || (n = node_new(type)) == NULL) {
		node_free(a);
		node_free(b);
		return NULL;
	}
	n->left = a;
	n->right = b;
	return n;
}

struct node *
node_not(struct node *a)
{
	struct node	*n;

	if (a == NULL || (n = node_new(NODE_NOT)) == NULL) {
		node_free(a);
		return NULL;
	}
	n->left = a;
	return n;
}

struct filter *
filter_new(void)
{
	return calloc(1, sizeof(struct filter));
}

void
filter_free(struct filter *f)
{
	size_t	 i;

	if (f == NULL)
		return;
	for (i = 0; i < FILTER__KINDS; i++)
		node_free(f->group[i]);
	fold_free(&f->fb);
	foldmap_free(&f->fm);
	buf_free(&f->tb);
	free(f);
}

const char *
filter_error(const struct filter *f)
{
	return f->err;
}

static unsigned
node_fields(const struct node *n)
{
	if (n == NULL)
		return 0;
	return n->fields | node_fields(n->left) | node_fields(n->right);
}

unsigned
filter_fields(const struct filter *f)
{
	unsigned	 bits = 0;
	size_t		 i;

	for (i = 0; i < FILTER__KINDS; i++)
		bits |= node_fields(f->group[i]);
	return bits;
}

bool
filter_empty(const struct filter *f)
{
	size_t	 i;

	for (i = 0; i < FILTER__KINDS; i++)
		if (f->group[i] != NULL)
			return false;
	return true;
}

size_t
filter_error_column(const struct filter *f)
{
	return f->errcol;
}

enum filter_status
filter_bad(struct filter *f, size_t col, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(f->err, sizeof(f->err), fmt, ap);
	va_end(ap);
	f->errcol = col;
	return FILTER_BAD;
}

#define bad(f, ...)	filter_bad(f, 0, __VA_ARGS__)

/* Out of memory: the filter's sticky flag (cli.h), and "not added". */
enum filter_status
filter_nomem(struct filter *f)
{
	f->oom = true;
	return FILTER_BAD;
}

bool
filter_oom(const struct filter *f)
{
	return f->oom;
}

bool
node_set_text(struct node *n, const char *s, size_t len)
{
	n->text = fold_dup(s, len, &n->textlen);
	return n->text != NULL;
}

enum rx_status
node_set_regex(struct node *n, const char *s, char *msg, size_t msgsize)
{
	return rx_compile(&n->re, s, msg, msgsize);
}

/*
 * Building conditions.
 */

static bool
parse_year(const char *s, size_t len, long *out)
{
	return num_parse(s, len, 1, 9999, out) == NUM_OK;
}

static enum filter_status
add_year(struct filter *f, const char *arg, struct node **out)
{
	const char	*dots;
	long		 lo = 1, hi = 9999;
	size_t		 len = strlen(arg);
	char		 q[64];

	text_quote(q, sizeof(q), arg, len, 20);
	if ((dots = strstr(arg, "..")) == NULL) {
		if (!parse_year(arg, len, &lo))
			goto syntax;
		hi = lo;
	} else {
		if (dots > arg && !parse_year(arg, (size_t)(dots - arg), &lo))
			goto syntax;
		if (dots[2] != '\0' &&
		    !parse_year(dots + 2, strlen(dots + 2), &hi))
			goto syntax;
		if (dots == arg && dots[2] == '\0')
			goto syntax;
		if (lo > hi)
			return bad(f, "year range '%s' is empty: %ld is after "
			    "%ld", q, lo, hi);
	}
	*out = node_join(NODE_AND, test_new(FIELD_BIT(FIELD_YEAR), OP_GE),
	    test_new(FIELD_BIT(FIELD_YEAR), OP_LE));
	if (*out == NULL)
		return filter_nomem(f);
	(*out)->left->number = lo;
	(*out)->right->number = hi;
	(*out)->left->numeric = (*out)->right->numeric = true;
	return FILTER_OK;
syntax:
	return bad(f, "bad year '%s': expected YEAR, FROM..TO, FROM.. or "
	    "..TO, with years from 1 to 9999", q);
}

static bool
add_name(struct node *n, const char *name)
{
	char	**v, *folded;

	if ((folded = fold_dup(name, strlen(name), NULL)) == NULL)
		return false;
	if ((v = realloc(n->names, (n->nnames + 1) * sizeof(*v))) == NULL) {
		free(folded);
		return false;
	}
	n->names = v;
	n->names[n->nnames++] = folded;
	return true;
}

bool
node_set_language(struct node *n, const char *s, size_t len)
{
	const struct lang	*l;
	char			*arg;
	bool			 ok, oom = false;

	/* The words the catalogue may use for the language asked for. */
	if ((arg = strndup(s, len)) == NULL)
		return false;
	ok = add_name(n, arg);
	if (ok && (l = lang_find(s, len, &oom)) != NULL)
		ok = add_name(n, l->code) && add_name(n, l->english) &&
		    add_name(n, l->french) && add_name(n, l->spanish) &&
		    add_name(n, l->native);
	free(arg);
	return ok && !oom;
}

bool
node_set_country(struct node *n, const char *s, size_t len)
{
	const char	*codes, *p;
	char		 code[3];
	char		*arg;
	bool		 oom = false, ok = true;

	if ((codes = lex_find_place(s, len, &oom)) == NULL) {
		if (oom || (arg = strndup(s, len)) == NULL)
			return false;
		ok = add_name(n, arg);
		free(arg);
		return ok;
	}
	for (p = codes; ok && *p != '\0'; p += p[2] == ' ' ? 3 : 2) {
		memcpy(code, p, 2);
		code[2] = '\0';
		ok = add_name(n, code);
	}
	return ok;
}

static enum filter_status
add_country(struct filter *f, const char *arg, struct node **out)
{
	char	 q[64];

	if (lex_find_place(arg, strlen(arg), &f->oom) == NULL) {
		if (f->oom)
			return FILTER_BAD;
		text_quote(q, sizeof(q), arg, strlen(arg), 30);
		return bad(f, "unknown country or region '%s': expected an "
		    "ISO 3166-1 code (GH), a country's name (Ghana, Viet Nam, "
		    "Côte d'Ivoire) or a region (West Africa)", q);
	}
	if ((*out = test_new(FIELD_BIT(FIELD_COUNTRIES), OP_EQ)) == NULL ||
	    !node_set_country(*out, arg, strlen(arg)))
		return filter_nomem(f);
	return FILTER_OK;
}

static enum filter_status
add_language(struct filter *f, const char *arg, struct node **out)
{
	if ((*out = test_new(FIELD_BIT(FIELD_LANGUAGES), OP_EQ)) == NULL ||
	    !node_set_language(*out, arg, strlen(arg)))
		return filter_nomem(f);
	return FILTER_OK;
}

static enum filter_status
add_available(struct filter *f, const char *arg, struct node **out)
{
	char	 q[64];

	static const char *const ways[] = { "pdf", "hardcopy" };
	const char	*near;

	if (strcasecmp(arg, "pdf") != 0 && strcasecmp(arg, "hardcopy") != 0) {
		text_quote(q, sizeof(q), arg, strlen(arg), 20);
		near = suggest(arg, strlen(arg), ways, 2);
		return bad(f, "unknown availability '%s'; %s%s%sexpected pdf "
		    "or hardcopy", q, near ? "did you mean '" : "",
		    near ? near : "", near ? "'? " : "");
	}
	if ((*out = test_new(FIELD_BIT(FIELD_AVAILABILITY), OP_EQ)) == NULL ||
	    !node_set_text(*out, arg, strlen(arg)))
		return filter_nomem(f);
	return FILTER_OK;
}

static enum filter_status
add_has(struct filter *f, const char *arg, struct node **out)
{
	const char	*near;
	char		 q[64];
	int		 field;

	if ((field = field_find(arg, strlen(arg))) < 0) {
		near = field_suggest(arg, strlen(arg));
		text_quote(q, sizeof(q), arg, strlen(arg), 20);
		if (near != NULL)
			return bad(f, "unknown field '%s'; did you mean "
			    "'%s'?", q, near);
		return bad(f, "unknown field '%s'", q);
	}
	if ((*out = test_new(FIELD_BIT(field), OP_EXISTS)) == NULL)
		return filter_nomem(f);
	return FILTER_OK;
}

static enum filter_status
add_grep(struct filter *f, const char *arg, struct node **out)
{
	struct node	*n;
	char		 msg[128], q[64];
	enum rx_status	 rc;

	n = *out = test_new(FIELD_BIT(FIELD_TITLE) | FIELD_BIT(FIELD_ABSTRACT),
	    OP_MATCH);
	if (n == NULL)
		return filter_nomem(f);
	if ((rc = node_set_regex(n, arg, msg, sizeof(msg))) == RX_NOMEM)
		return filter_nomem(f);
	if (rc != RX_OK) {
		text_quote(q, sizeof(q), arg, strlen(arg), 30);
		return bad(f, "bad regular expression '%s': %s", q, msg);
	}
	return FILTER_OK;
}

enum filter_status
filter_add(struct filter *f, enum filter_kind kind, const char *arg)
{
	struct node		*n = NULL;
	enum filter_status	 st;

	switch (kind) {
	case FILTER_YEAR:
		st = add_year(f, arg, &n);
		break;
	case FILTER_LANGUAGE:
		st = add_language(f, arg, &n);
		break;
	case FILTER_AVAILABLE:
		st = add_available(f, arg, &n);
		break;
	case FILTER_HAS:
		st = add_has(f, arg, &n);
		break;
	case FILTER_TITLE:
		n = test_new(FIELD_BIT(FIELD_TITLE), OP_CONTAINS);
		st = n != NULL && node_set_text(n, arg, strlen(arg)) ?
		    FILTER_OK : filter_nomem(f);
		break;
	case FILTER_GREP:
		st = add_grep(f, arg, &n);
		break;
	case FILTER_COUNTRY:
		st = add_country(f, arg, &n);
		break;
	default:
		st = bad(f, "unknown filter");
		break;
	}
	if (st != FILTER_OK) {
		node_free(n);
		return st;
	}
	return filter_group_add(f, kind, n) ? FILTER_OK : filter_nomem(f);
}

bool
filter_group_add(struct filter *f, enum filter_kind kind, struct node *n)
{
	if (f->group[kind] == NULL)
		f->group[kind] = n;
	else if ((f->group[kind] = node_join(NODE_OR, f->group[kind], n)) ==
	    NULL)
		return false;
	return true;
}

/*
 * Matching.
 */

static int
cmp_long(long a, long b)
{
	return (a > b) - (a < b);
}

static bool
order_holds(enum test_op op, int c)
{
	switch (op) {
	case OP_EQ:
		return c == 0;
	case OP_LT:
		return c < 0;
	case OP_LE:
		return c <= 0;
	case OP_GT:
		return c > 0;
	case OP_GE:
		return c >= 0;
	default:
		return false;
	}
}

/*
 * 1 if s matches, 0 if not (also when out of memory, which sets
 * f->oom), FILTER_COSTLY if the match took more steps than it may.
 */
static int
regex_match(struct filter *f, const struct node *n, struct str s)
{
	struct rx_span	 m;

	switch (rx_exec(n->re, s.ptr, s.len, 0, &m)) {
	case RX_OK:
		return 1;
	case RX_NOMATCH:
		return 0;
	case RX_LIMIT:
		return FILTER_COSTLY;
	default:	/* out of memory: the caller drops every answer */
		f->oom = true;
		return 0;
	}
}

/* Compare one text value. */
static int
test_text(struct filter *f, const struct node *n, struct str s)
{
	struct str	 v;
	size_t		 i, len;
	int		 c;

	if (!str_present(s))
		return 0;
	if (n->op == OP_MATCH)
		return regex_match(f, n, s);
	if ((v = fold(&f->fb, s.ptr, s.len)).ptr == NULL) {
		f->oom = true;
		return 0;
	}
	if (n->nnames > 0 && n->op == OP_EQ) {
		for (i = 0; i < n->nnames; i++)
			if (strlen(n->names[i]) == v.len &&
			    memcmp(n->names[i], v.ptr, v.len) == 0)
				return 1;
		return 0;
	}
	if (n->op == OP_CONTAINS)
		return n->textlen == 0 ||
		    memmem(v.ptr, v.len, n->text, n->textlen) != NULL;
	len = v.len < n->textlen ? v.len : n->textlen;
	c = memcmp(v.ptr, n->text, len);
	if (c == 0)
		c = cmp_long((long)v.len, (long)n->textlen);
	return order_holds(n->op, (c > 0) - (c < 0));
}

/* An ISBN or ISSN: equal if the same once normalised. */
static int
test_ident(struct filter *f, const struct node *n, struct str s)
{
	char	 norm[ISBN_NORM_MAX];

	if (n->op != OP_EQ || n->identlen == 0)
		return test_text(f, n, s);
	return str_present(s) &&
	    isbn_normalize(s.ptr, s.len, norm) == n->identlen &&
	    memcmp(norm, n->ident, n->identlen) == 0;
}

static int
test_list(struct filter *f, const struct node *n, const struct strlist *l,
    bool ident)
{
	size_t	 i;
	int	 r;

	for (i = 0; i < l->n; i++)
		if ((r = ident ? test_ident(f, n, l->v[i]) :
		    test_text(f, n, l->v[i])) != 0)
			return r;
	return 0;
}

/* A number: compared as one, or as its decimal text for ~ and :. */
static int
test_number(struct filter *f, const struct node *n, long v)
{
	char	 buf[24];

	if (v == 0)			/* absent */
		return 0;
	if (n->numeric)
		return order_holds(n->op, cmp_long(v, n->number));
	snprintf(buf, sizeof(buf), "%ld", v);
	return test_text(f, n, str_cstr(buf));
}

/* Editions: each one as its text, as show writes it. */
static int
test_editions(struct filter *f, const struct node *n, const struct pub *p)
{
	size_t	 i;
	int	 r;

	/* No editions is no value, as a missing year is. */
	if (n->numeric)
		return p->neditions > 0 && order_holds(n->op,
		    cmp_long((long)p->neditions, n->number));
	for (i = 0; i < p->neditions; i++) {
		buf_reset(&f->tb);
		edition_text(&f->tb, p->editions[i]);
		if (f->tb.oom) {
			f->oom = true;
			return 0;
		}
		if ((r = test_text(f, n, buf_str(&f->tb))) != 0)
			return r;
	}
	return 0;
}

/* A price: its amount, "30 USD", or its currency alone for "=". */
static int
test_price(struct filter *f, const struct node *n, const struct pub *p,
    enum field field)
{
	const struct price	*pr = pub_price(p, field);
	int			 r;

	if (!str_present(pr->currency))
		return 0;
	if (n->numeric)
		return order_holds(n->op, cmp_long(pr->cents, n->number));
	if (n->op == OP_EQ && (r = test_text(f, n, pr->currency)) != 0)
		return r;
	buf_reset(&f->tb);
	pub_field_text(&f->tb, p, field, ", ");
	if (f->tb.oom) {
		f->oom = true;
		return 0;
	}
	return test_text(f, n, buf_str(&f->tb));
}

/* count(FIELD): the items of the record's list, none counted as 0. */
static int
test_count(const struct node *n, const struct pub *p, enum field field)
{
	const struct pub	*rec = pub_record(p);
	long			 count;

	if (field_info(field)->kind == KIND_EDITIONS)
		count = (long)rec->neditions;
	else
		count = (long)pub_list(rec, field)->n;
	return order_holds(n->op, cmp_long(count, n->number));
}

static int
test_field(struct filter *f, const struct node *n, const struct pub *p,
    enum field field)
{
	bool	 ident = field_info(field)->flags & FIELD_IDENT;

	if (n->count)
		return test_count(n, p, field);
	if (n->in_edition && p->edition == 0)
		return 0;		/* the record is no edition */
	if (n->op == OP_EXISTS)
		return pub_has(p, field);
	switch (field_info(field)->kind) {
	case KIND_TEXT:
		return ident ? test_ident(f, n, pub_text(p, field)) :
		    test_text(f, n, pub_text(p, field));
	case KIND_NUMBER:
		return test_number(f, n, pub_number(p, field));
	case KIND_LIST:
		return test_list(f, n, pub_list(p, field), ident);
	case KIND_PRICE:
		return test_price(f, n, p, field);
	case KIND_EDITIONS:
		return test_editions(f, n, p);
	}
	return 0;
}

static int
eval(struct filter *f, const struct node *n, const struct pub *p)
{
	unsigned	 field;
	int		 r;

	switch (n->type) {
	case NODE_AND:
		if ((r = eval(f, n->left, p)) <= 0)
			return r;
		return eval(f, n->right, p);
	case NODE_OR:
		if ((r = eval(f, n->left, p)) != 0)
			return r;
		return eval(f, n->right, p);
	case NODE_NOT:
		if ((r = eval(f, n->left, p)) < 0)
			return r;
		return !r;
	case NODE_TEST:
		for (field = 0; field < FIELD__COUNT; field++) {
			if ((n->fields & FIELD_BIT(field)) == 0 ||
			    (r = test_field(f, n, p, (enum field)field)) == 0)
				continue;
			if (r == FILTER_COSTLY)
				f->costly = (enum field)field;
			return r;
		}
		return 0;
	}
	return 0;
}

static int
match_one(struct filter *f, const struct pub *p)
{
	size_t	 i;
	int	 r;

	for (i = 0; i < FILTER__KINDS; i++)
		if (f->group[i] != NULL && (r = eval(f, f->group[i], p)) <= 0)
			return r;
	return 1;
}

int
filter_costly_field(const struct filter *f)
{
	return (int)f->costly;
}

/*
 * A record with editions passes when one of its editions does, all the
 * conditions together: "-l ar -y 2012" needs an Arabic edition of 2012,
 * not an Arabic edition and another of 2012.
 */
int
filter_match(struct filter *f, const struct pub *p)
{
	struct pub	 view;
	size_t		 i;
	int		 r;

	if (p->of != NULL || p->neditions == 0)
		r = match_one(f, p);
	else
		for (i = 0, r = 0; i < p->neditions && r == 0; i++) {
			pub_edition_view(&view, p, i);
			r = match_one(f, &view);
		}
	return f->oom ? 0 : r;
}

/*
 * Highlighting: where the text conditions match.
 */

struct markset {
	struct mark	*v;
	size_t		 n;
	size_t		 max;
};

static void
mark_add(struct markset *ms, size_t start, size_t end)
{
	if (end > start && ms->n < ms->max) {
		ms->v[ms->n].start = start;
		ms->v[ms->n].end = end;
		ms->n++;
	}
}

/*
 * A match that takes too many steps here only ends the highlighting:
 * the record was selected already.
 */
static void
marks_of_regex(struct filter *f, const struct node *n, struct str s,
    struct markset *ms)
{
	struct rx_span	 m;
	size_t		 at = 0;
	uint32_t	 cp;
	enum rx_status	 rc;

	while (at <= s.len && ms->n < ms->max) {
		if ((rc = rx_exec(n->re, s.ptr, s.len, at, &m)) != RX_OK) {
			f->oom |= rc == RX_NOMEM;
			return;
		}
		mark_add(ms, m.start, m.end);
		at = m.end;
		if (m.end == m.start) {
			/* An empty match: step over one character. */
			if (at >= s.len)
				return;
			at += text_decode(s.ptr + at, s.len - at, &cp);
		}
	}
}

static void
marks_of_text(struct filter *f, const struct node *n, struct str s,
    struct markset *ms)
{
	struct str	 v;
	const char	*hit;
	size_t		 at = 0, end, fend;
	uint32_t	 cp;

	if (n->textlen == 0)
		return;
	if ((v = fold_mapped(&f->fb, &f->fm, s.ptr, s.len)).ptr == NULL) {
		f->oom = true;
		return;
	}
	while ((hit = memmem(v.ptr + at, v.len - at, n->text, n->textlen)) !=
	    NULL && ms->n < ms->max) {
		at = (size_t)(hit - v.ptr);
		fend = at + n->textlen;
		/* The match ends with the source character of its last byte. */
		end = f->fm.from[fend - 1];
		end += text_decode(s.ptr + end, s.len - end, &cp);
		mark_add(ms, f->fm.from[at], end);
		at = fend;
	}
}

static void
marks_of(struct filter *f, const struct node *n, int field, struct str s,
    struct markset *ms)
{
	if (n == NULL)
		return;
	switch (n->type) {
	case NODE_AND:
	case NODE_OR:
		marks_of(f, n->left, field, s, ms);
		marks_of(f, n->right, field, s, ms);
		break;
	case NODE_NOT:
		break;		/* what must not match is not shown */
	case NODE_TEST:
		if (!(n->fields & FIELD_BIT(field)))
			break;
		if (n->op == OP_MATCH)
			marks_of_regex(f, n, s, ms);
		else if (n->op == OP_CONTAINS)
			marks_of_text(f, n, s, ms);
		break;
	}
}

size_t
filter_marks(struct filter *f, int field, struct str s, struct mark *v,
    size_t max)
{
	struct markset	 ms = { v, 0, max };
	size_t		 i;

	if (field < 0 || field >= FIELD__COUNT)
		return 0;
	for (i = 0; i < FILTER__KINDS; i++)
		marks_of(f, f->group[i], field, s, &ms);
	/* Matches of different conditions may overlap. */
	return marks_merge(v, ms.n);
}

size_t
filter_marker(void *arg, int field, struct str s, struct mark *v,
    size_t max, bool *oom)
{
	size_t	 n = filter_marks(arg, field, s, v, max);

	*oom |= filter_oom(arg);
	return n;
}
