/*
 * expr.h: filter expressions, parsed into a filter's condition tree.
 *
 * Expressions build on the filter module (filter.h), which knows
 * nothing of them: data flows from the parser into the tree.
 */
#ifndef IOMPUBS_EXPR_H
#define IOMPUBS_EXPR_H

#include "filter.h"

/*
 * Add a filter expression, such as
 *
 *	year >= 2010 and (language = fr or language = es)
 *	    and title ~ "traffick"
 *
 * (the grammar is in iompubs(1), EXPRESSIONS).  On FILTER_BAD,
 * filter_error_column() tells where in it the trouble is.
 */
enum filter_status	 filter_expr(struct filter *, const char *expr);

#endif
