/*
 * expr.c: filter expressions.
 *
 *	expr    = or
 *	or      = and { "or" and }
 *	and     = not { "and" not }
 *	not     = "not" not | primary
 *	primary = "(" expr ")" | field op value | "has" field
 *	        | "count" "(" field ")" op number
 *	field   = name | "edition." name
 *	op      = "=" | "!=" | "<" | "<=" | ">" | ">=" | "~" | ":"
 *	value   = word | '"' chars '"' | "'" chars "'"
 *
 * Keywords are case-insensitive.  A field is any name field_find() takes:
 * a key of a record, in the singular or plural.  "edition.year" (pages,
 * language, isbn) is that value of an edition only, so that it holds for
 * records with editions; count(languages) is the number of items of a
 * list field (or of editions) of the record as a whole.  The parser is
 * recursive descent over a one-token lookahead, and builds the same
 * condition trees as the command-line filters.  Every error carries the
 * column where it was found.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "catalog.h"
#include "expr.h"
#include "filter.h"
#include "filter_node.h"
#include "isbn.h"
#include "num.h"
#include "rx.h"
#include "text.h"

#define MAX_NESTING	64

enum tok {
	TOK_END,
	TOK_LPAREN,
	TOK_RPAREN,
	TOK_OP,
	TOK_WORD,		/* a bare word */
	TOK_STRING,		/* a quoted string */
	TOK_AND,
	TOK_OR,
	TOK_NOT,
	TOK_HAS,
	TOK_BAD			/* lexical error, already reported */
};

struct lexer {
	const char	*s;		/* the expression */
	size_t		 pos;		/* byte offset of the next token */
	enum tok	 tok;		/* the current token */
	size_t		 start;		/* its byte offset */
	size_t		 col;		/* its column */
	const char	*word;		/* TOK_WORD, TOK_STRING: its text */
	size_t		 wordlen;
	enum test_op	 op;		/* TOK_OP */
	bool		 negated;	/* TOK_OP: "!=" */
	struct buf	 unquoted;	/* TOK_STRING, escapes resolved */
	struct filter	*f;
	unsigned	 depth;
	size_t		 colpos;	/* a byte offset whose column is */
	size_t		 colnum;	/* this: counting goes on from there */
};

/*
 * Column (1-based, in characters) of byte offset off.  Tokens come in
 * order, so counting resumes where the last one ended: the lexer stays
 * linear in the length of the expression (it once counted from the
 * start for every token: 1.5 s for 120 KB).
 */
static size_t
column(struct lexer *L, size_t off)
{
	size_t	 i, col;

	if (off < L->colpos) {
		L->colpos = 0;
		L->colnum = 1;
	}
	for (i = L->colpos, col = L->colnum; i < off; i++)
		if (((unsigned char)L->s[i] & 0xc0) != 0x80)
			col++;
	L->colpos = off;
	L->colnum = col;
	return col;
}

static enum filter_status error_at(struct lexer *, size_t, const char *,
    ...) DIAG_PRINTF(3, 4);

/* Report an error at byte offset off of the expression. */
static enum filter_status
error_at(struct lexer *L, size_t off, const char *fmt, ...)
{
	va_list	 ap;
	char	 msg[200];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return filter_bad(L->f, column(L, off), "%s", msg);
}

/* s[0..len) made printable for a message, in q (64 bytes). */
static const char *
quote(char *q, const char *s, size_t len)
{
	text_quote(q, 64, s, len, 30);
	return q;
}

/* The token's text, for messages. */
static const char *
tok_text(const struct lexer *L, size_t *len)
{
	if (L->tok == TOK_END) {
		*len = 7;
		return "the end";
	}
	*len = L->pos - L->start;
	return L->s + L->start;
}

static bool
is_word_char(char c)
{
	return c != '\0' && strchr(" \t\n\r()=!<>~:\"'", c) == NULL;
}

static void
lex_string(struct lexer *L)
{
	char	 quote = L->s[L->pos++];

	buf_reset(&L->unquoted);
	for (;;) {
		char c = L->s[L->pos];
		if (c == '\0') {
			error_at(L, L->start, "unterminated string");
			L->tok = TOK_BAD;
			return;
		}
		L->pos++;
		if (c == quote)
			break;
		if (c == '\\' && (L->s[L->pos] == quote ||
		    L->s[L->pos] == '\\'))
			c = L->s[L->pos++];
		buf_add(&L->unquoted, &c, 1);
	}
	L->tok = TOK_STRING;
	L->word = L->unquoted.p != NULL ? L->unquoted.p : "";
	L->wordlen = L->unquoted.len;
}

static bool
keyword(const struct lexer *L, const char *kw)
{
	return L->wordlen == strlen(kw) && strncasecmp(L->word, kw,
	    L->wordlen) == 0;
}

static void
lex_op(struct lexer *L)
{
	const char	*p = L->s + L->pos;

	L->tok = TOK_OP;
	L->negated = false;
	switch (*p) {
	case '=':
		L->op = OP_EQ;
		L->pos += p[1] == '=' ? 2 : 1;	/* "==" too */
		break;
	case '!':
		if (p[1] != '=') {
			error_at(L, L->pos, "'!' must be followed by '=' "
			    "(for not, write 'not')");
			L->tok = TOK_BAD;
			return;
		}
		L->op = OP_EQ;
		L->negated = true;
		L->pos += 2;
		break;
	case '<':
		L->op = p[1] == '=' ? OP_LE : OP_LT;
		L->pos += p[1] == '=' ? 2 : 1;
		break;
	case '>':
		L->op = p[1] == '=' ? OP_GE : OP_GT;
		L->pos += p[1] == '=' ? 2 : 1;
		break;
	case '~':
		L->op = OP_MATCH;
		L->pos++;
		break;
	default:			/* ':' */
		L->op = OP_CONTAINS;
		L->pos++;
		break;
	}
}

static void
next(struct lexer *L)
{
	const char	*s = L->s;

	while (s[L->pos] == ' ' || s[L->pos] == '\t' || s[L->pos] == '\n' ||
	    s[L->pos] == '\r')
		L->pos++;
	L->start = L->pos;
	L->col = column(L, L->pos);
	switch (s[L->pos]) {
	case '\0':
		L->tok = TOK_END;
		return;
	case '(':
		L->tok = TOK_LPAREN;
		L->pos++;
		return;
	case ')':
		L->tok = TOK_RPAREN;
		L->pos++;
		return;
	case '"':
	case '\'':
		lex_string(L);
		return;
	case '=':
	case '!':
	case '<':
	case '>':
	case '~':
	case ':':
		lex_op(L);
		return;
	default:
		break;
	}
	while (is_word_char(s[L->pos]))
		L->pos++;
	L->word = s + L->start;
	L->wordlen = L->pos - L->start;
	L->tok = keyword(L, "and") ? TOK_AND : keyword(L, "or") ? TOK_OR :
	    keyword(L, "not") ? TOK_NOT : keyword(L, "has") ? TOK_HAS :
	    TOK_WORD;
}

/*
 * Parsing.
 */

static enum filter_status parse_or(struct lexer *, struct node **);

/* The fields an edition has, for edition.FIELD. */
static bool
edition_field(enum field f)
{
	return f == FIELD_YEAR || f == FIELD_PAGES || f == FIELD_LANGUAGES ||
	    f == FIELD_ISBN;
}

static enum filter_status
unknown_field(struct lexer *L, size_t off, const char *name, size_t len)
{
	char		 q[64];
	const char	*near;

	near = field_suggest(name, len);
	if (near != NULL)
		return error_at(L, off, "unknown field '%s'; did you "
		    "mean '%s'?", quote(q, name, len), near);
	return error_at(L, off, "unknown field '%s'", quote(q, name, len));
}

/*
 * A field name, or "edition." and the name of one of an edition's
 * fields (*in_edition set).
 */
static enum filter_status
parse_field(struct lexer *L, enum field *out, bool *in_edition)
{
	static const char *const prefixes[] = { "edition.", "editions." };
	char			 q[64];
	const char		*t, *name = L->word;
	size_t			 len, i, skip = 0;
	int			 f;

	*in_edition = false;
	if (L->tok == TOK_BAD)
		return FILTER_BAD;	/* the lexer said why */
	if (L->tok != TOK_WORD) {
		t = tok_text(L, &len);
		return error_at(L, L->start, "expected a field name, not "
		    "'%s'", quote(q, t, len));
	}
	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (L->wordlen > strlen(prefixes[i]) && strncasecmp(L->word,
		    prefixes[i], strlen(prefixes[i])) == 0)
			skip = strlen(prefixes[i]);
	name += skip;
	len = L->wordlen - skip;
	if ((f = field_find(name, len)) < 0)
		return unknown_field(L, L->start + skip, name, len);
	if (skip > 0 && !edition_field((enum field)f))
		return error_at(L, L->start + skip, "an edition has a year, "
		    "pages, languages and an isbn, not '%s'",
		    quote(q, name, len));
	*in_edition = skip > 0;
	*out = (enum field)f;
	return FILTER_OK;
}

/* An ordered or equality operator as written ("!=" is a negated "="). */
static const char *
op_text(enum test_op op, bool negated)
{
	switch (op) {
	case OP_LT:
		return "<";
	case OP_LE:
		return "<=";
	case OP_GT:
		return ">";
	case OP_GE:
		return ">=";
	default:
		return negated ? "!=" : "=";
	}
}

/*
 * Give the test node n its value, as the field and operator need;
 * negated: the operator was "!=".
 */
static enum filter_status
set_value(struct lexer *L, struct node *n, enum field field, bool negated,
    size_t at)
{
	const struct field_info	*fi;
	char			 q[64];
	const char	*v = L->word;
	size_t		 len = L->wordlen;
	char		*re, msg[128];
	enum rx_status	 rc;
	bool		 ordered = n->op >= OP_LT && n->op <= OP_GE;

	if (n->op == OP_MATCH) {
		if ((re = strndup(v, len)) == NULL)
			return filter_nomem(L->f);
		rc = node_set_regex(n, re, msg, sizeof(msg));
		free(re);
		if (rc == RX_NOMEM)
			return filter_nomem(L->f);
		if (rc != RX_OK)
			return error_at(L, at, "bad regular expression: %s",
			    msg);
		return FILTER_OK;
	}
	fi = field_info(field);
	switch (fi->kind) {
	case KIND_NUMBER:
	case KIND_EDITIONS:
		if (num_parse(v, len, 0, 1000000000L, &n->number) == NUM_OK) {
			n->numeric = n->op != OP_CONTAINS;
			/* "edition = 2012" means a year, not 2012 editions. */
			if (fi->kind == KIND_EDITIONS && n->numeric &&
			    n->number >= 1000)
				return error_at(L, at, "'editions' compared with "
				    "a number counts editions; for an edition's "
				    "year write edition.year %s %s",
				    op_text(n->op, negated), quote(q, v, len));
			break;
		}
		/* ':' looks for text, so "year : 01" is fine. */
		if (n->op != OP_CONTAINS &&
		    (fi->kind == KIND_NUMBER || ordered))
			return error_at(L, at, "%s, not '%s'",
			    fi->kind == KIND_EDITIONS ? "'editions' is compared "
			    "with a number of editions" : "a whole number is "
			    "needed here", quote(q, v, len));
		break;
	case KIND_PRICE:
		if (num_amount(v, len, &n->number) == NUM_OK) {
			n->numeric = n->op != OP_CONTAINS;
			break;
		}
		if (ordered)
			return error_at(L, at, "a price is compared with an "
			    "amount such as 20 or 12.50, not '%s'",
			    quote(q, v, len));
		break;
	case KIND_LIST:
		/* "languages > 1" would compare text; say how to count. */
		if (ordered && num_parse(v, len, 0, 1000000000L,
		    &n->number) == NUM_OK)
			return error_at(L, at, "'%s' is a list and %s compares "
			    "text; to compare how many, write count(%s) %s %s",
			    fi->name, op_text(n->op, negated), fi->name,
			    op_text(n->op, negated), quote(q, v, len));
		/* FALLTHROUGH */
	default:
		if ((fi->flags & FIELD_LANG) && n->op == OP_EQ &&
		    !node_set_language(n, v, len))
			return filter_nomem(L->f);
		if ((fi->flags & FIELD_COUNTRY) && n->op == OP_EQ &&
		    !node_set_country(n, v, len))
			return filter_nomem(L->f);
		if (fi->flags & FIELD_IDENT)
			n->identlen = isbn_normalize(v, len, n->ident);
		break;
	}
	return node_set_text(n, v, len) ? FILTER_OK : filter_nomem(L->f);
}

static enum filter_status
parse_test(struct lexer *L, struct node **out)
{
	char			 q[64];
	enum filter_status	 st;
	enum field		 field;
	struct node		*n;
	size_t			 len, at;
	const char		*t;
	bool			 in_edition, negated;

	if ((st = parse_field(L, &field, &in_edition)) != FILTER_OK)
		return st;
	next(L);
	if (L->tok != TOK_OP) {
		if (L->tok == TOK_BAD)
			return FILTER_BAD;
		t = tok_text(L, &len);
		return error_at(L, L->start, "expected an operator (= != < <= "
		    "> >= ~ :) here, not '%s'", quote(q, t, len));
	}
	if ((n = test_new(FIELD_BIT(field), L->op)) == NULL)
		return filter_nomem(L->f);
	n->in_edition = in_edition;
	negated = L->negated;
	*out = negated ? node_not(n) : n;
	if (*out == NULL)
		return filter_nomem(L->f);
	next(L);
	if (L->tok != TOK_WORD && L->tok != TOK_STRING) {
		if (L->tok == TOK_BAD)
			return FILTER_BAD;
		t = tok_text(L, &len);
		return error_at(L, L->start, "expected a value here, not '%s'",
		    quote(q, t, len));
	}
	at = L->start;
	if ((st = set_value(L, n, field, negated, at)) != FILTER_OK)
		return st;
	next(L);
	return FILTER_OK;
}

/* Is the next character, after blanks, c? */
static bool
peek(const struct lexer *L, char c)
{
	size_t	 i = L->pos;

	while (L->s[i] == ' ' || L->s[i] == '\t' || L->s[i] == '\n' ||
	    L->s[i] == '\r')
		i++;
	return L->s[i] == c;
}

/* count(FIELD) OP NUMBER, the current token being "count". */
static enum filter_status
parse_count(struct lexer *L, struct node **out)
{
	char			 q[64];
	enum filter_status	 st;
	enum field		 field;
	enum field_kind		 kind;
	struct node		*n;
	size_t			 len, at;
	const char		*t;
	bool			 in_edition;

	next(L);			/* the "(" */
	next(L);
	at = L->start;
	if ((st = parse_field(L, &field, &in_edition)) != FILTER_OK)
		return st;
	kind = field_info(field)->kind;
	if (in_edition || (kind != KIND_LIST && kind != KIND_EDITIONS))
		return error_at(L, at, "count() counts the items of a list: "
		    "languages, isbn, eisbn, availability or editions, not "
		    "'%s'", quote(q, L->word, L->wordlen));
	next(L);
	if (L->tok != TOK_RPAREN) {
		if (L->tok == TOK_BAD)
			return FILTER_BAD;
		t = tok_text(L, &len);
		return error_at(L, L->start, "expected ')' to close count(, "
		    "not '%s'", quote(q, t, len));
	}
	next(L);
	if (L->tok != TOK_OP || L->op == OP_MATCH || L->op == OP_CONTAINS) {
		if (L->tok == TOK_BAD)
			return FILTER_BAD;
		t = tok_text(L, &len);
		return error_at(L, L->start, "count() is compared with = != < "
		    "<= > >=, not '%s'", quote(q, t, len));
	}
	if ((n = test_new(FIELD_BIT(field), L->op)) == NULL)
		return filter_nomem(L->f);
	n->count = true;
	if ((*out = L->negated ? node_not(n) : n) == NULL)
		return filter_nomem(L->f);
	next(L);
	if (L->tok == TOK_BAD)
		return FILTER_BAD;
	if ((L->tok != TOK_WORD && L->tok != TOK_STRING) ||
	    num_parse(L->word, L->wordlen, 0, 1000000000L, &n->number) !=
	    NUM_OK) {
		t = tok_text(L, &len);
		return error_at(L, L->start, "count() is compared with a whole "
		    "number, not '%s'", quote(q, t, len));
	}
	next(L);
	return FILTER_OK;
}

static enum filter_status
parse_primary(struct lexer *L, struct node **out)
{
	char			 q[64];
	enum filter_status	 st;
	enum field		 field;
	size_t			 open_at, len;
	const char		*t;
	bool			 in_edition;

	switch (L->tok) {
	case TOK_LPAREN:
		open_at = L->start;
		if (++L->depth > MAX_NESTING)
			return error_at(L, L->start, "parentheses nested too "
			    "deep");
		next(L);
		if ((st = parse_or(L, out)) != FILTER_OK)
			return st;
		if (L->tok != TOK_RPAREN)
			return error_at(L, open_at, "this '(' is not closed");
		L->depth--;
		next(L);
		return FILTER_OK;
	case TOK_HAS:
		next(L);
		if ((st = parse_field(L, &field, &in_edition)) != FILTER_OK)
			return st;
		if ((*out = test_new(FIELD_BIT(field), OP_EXISTS)) == NULL)
			return filter_nomem(L->f);
		(*out)->in_edition = in_edition;
		next(L);
		return FILTER_OK;
	case TOK_WORD:
		if (keyword(L, "count") && peek(L, '('))
			return parse_count(L, out);
		return parse_test(L, out);
	case TOK_BAD:
		return FILTER_BAD;
	case TOK_END:
		return error_at(L, L->start, "the expression ends where a "
		    "condition was expected");
	default:
		t = tok_text(L, &len);
		return error_at(L, L->start, "expected a condition, not '%s'",
		    quote(q, t, len));
	}
}

static enum filter_status
parse_not(struct lexer *L, struct node **out)
{
	enum filter_status	 st;

	if (L->tok != TOK_NOT)
		return parse_primary(L, out);
	if (++L->depth > MAX_NESTING)
		return error_at(L, L->start, "too many 'not's");
	next(L);
	if ((st = parse_not(L, out)) != FILTER_OK)
		return st;
	L->depth--;
	if ((*out = node_not(*out)) == NULL)
		return filter_nomem(L->f);
	return FILTER_OK;
}

static enum filter_status
parse_and(struct lexer *L, struct node **out)
{
	enum filter_status	 st;
	struct node		*right = NULL;

	if ((st = parse_not(L, out)) != FILTER_OK)
		return st;
	while (L->tok == TOK_AND) {
		next(L);
		if ((st = parse_not(L, &right)) != FILTER_OK) {
			node_free(right);
			return st;
		}
		if ((*out = node_join(NODE_AND, *out, right)) == NULL)
			return filter_nomem(L->f);
		right = NULL;
	}
	return FILTER_OK;
}

static enum filter_status
parse_or(struct lexer *L, struct node **out)
{
	enum filter_status	 st;
	struct node		*right = NULL;

	if ((st = parse_and(L, out)) != FILTER_OK)
		return st;
	while (L->tok == TOK_OR) {
		next(L);
		if ((st = parse_and(L, &right)) != FILTER_OK) {
			node_free(right);
			return st;
		}
		if ((*out = node_join(NODE_OR, *out, right)) == NULL)
			return filter_nomem(L->f);
		right = NULL;
	}
	return FILTER_OK;
}

enum filter_status
filter_expr(struct filter *f, const char *expr)
{
	char			 q[64];
	struct lexer		 L;
	struct node		*tree = NULL;
	enum filter_status	 st;
	size_t			 len;
	const char		*t;

	memset(&L, 0, sizeof(L));
	L.s = expr;
	L.colnum = 1;
	L.f = f;
	next(&L);
	if ((st = parse_or(&L, &tree)) == FILTER_OK && L.tok == TOK_BAD)
		st = FILTER_BAD;	/* the lexer said why */
	else if (st == FILTER_OK && L.tok != TOK_END) {
		t = tok_text(&L, &len);
		st = L.tok == TOK_RPAREN ? error_at(&L, L.start, "this ')' "
		    "closes nothing") : error_at(&L, L.start,
		    "expected 'and', 'or' or the end, not '%s'",
		    quote(q, t, len));
	}
	if (L.unquoted.oom && st == FILTER_OK)
		st = filter_nomem(f);
	buf_free(&L.unquoted);
	if (st != FILTER_OK) {
		node_free(tree);
		return st;
	}
	return filter_group_add(f, FILTER_EXPR, tree) ? FILTER_OK :
	    filter_nomem(f);
}
