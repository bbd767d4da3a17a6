/*
 * filter_node.h: the condition tree, shared by filter.c, which builds
 * the command-line filters and evaluates trees, and expr.c, which parses
 * filter expressions into trees.  Private to those two files.
 */
#ifndef IOMPUBS_FILTER_NODE_H
#define IOMPUBS_FILTER_NODE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "diag.h"
#include "filter.h"
#include "fold.h"
#include "isbn.h"
#include "rx.h"

enum node_type {
	NODE_AND,
	NODE_OR,
	NODE_NOT,
	NODE_TEST
};

enum test_op {
	OP_EQ,			/* equal (text folded, languages resolved) */
	OP_LT,
	OP_LE,
	OP_GT,
	OP_GE,
	OP_MATCH,		/* regular expression */
	OP_CONTAINS,		/* folded substring */
	OP_EXISTS		/* the field is present */
};

struct node {
	enum node_type	 type;
	struct node	*left;		/* AND, OR, NOT */
	struct node	*right;		/* AND, OR */
	unsigned	 fields;	/* TEST: 1 << enum field; any may pass */
	enum test_op	 op;
	bool		 in_edition;	/* edition.FIELD: editions' values only */
	bool		 count;		/* count(FIELD): its number of items */
	bool		 numeric;	/* compare numbers: number is set */
	long		 number;	/* (price: in hundredths) */
	char		*text;		/* folded text operand */
	size_t		 textlen;
	char		 ident[ISBN_NORM_MAX]; /* ISBN/ISSN operand, normalised */
	size_t		 identlen;
	char		**names;	/* languages: folded names that match */
	size_t		 nnames;
	struct rx	*re;		/* MATCH: the regular expression */
};

struct filter {
	struct node	*group[FILTER__KINDS];	/* or-ed conditions */
	struct foldbuf	 fb;		/* scratch for folding values */
	struct foldmap	 fm;		/* and for finding marks */
	struct buf	 tb;		/* and for values made into text */
	char		 err[256];
	size_t		 errcol;	/* expressions: where the error is */
	enum field	 costly;	/* FILTER_COSTLY: the field matched */
	bool		 oom;		/* sticky: an allocation failed */
};

#define FIELD_BIT(f)	(1u << (f))

void		 node_free(struct node *);
struct node	*node_new(enum node_type);
struct node	*test_new(unsigned fields, enum test_op);

/* a AND b, a OR b, NOT a; free the operands on failure. */
struct node	*node_join(enum node_type, struct node *a, struct node *b);
struct node	*node_not(struct node *a);

/* Folded copy of s as the text operand; false on OOM. */
bool		 node_set_text(struct node *, const char *s, size_t len);

/* The folded names of the language s (code and every name); false OOM. */
bool		 node_set_language(struct node *, const char *s, size_t len);

/*
 * The folded codes of the countries s names (a code, a country or a
 * region), or s itself if it names none; false on OOM.
 */
bool		 node_set_country(struct node *, const char *s, size_t len);

/* Compile s as the regular expression; on RX_BAD, msg says why. */
enum rx_status	 node_set_regex(struct node *, const char *s, char *msg,
		    size_t msgsize);

/* Add n to the group of its kind, or-ed; false on OOM (n is freed). */
bool		 filter_group_add(struct filter *, enum filter_kind,
		    struct node *n);

enum filter_status filter_nomem(struct filter *);
enum filter_status filter_bad(struct filter *, size_t col, const char *fmt,
		    ...) DIAG_PRINTF(3, 4);

#endif
