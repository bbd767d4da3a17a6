/*
 * order.h: sorting a selection of publications.
 *
 * Sort keys are a comma-separated list: "year,title", "-year" or
 * "year:desc" for descending.  Ties always fall back to catalogue order,
 * so the same command prints the same lines every time.
 */
#ifndef IOMPUBS_ORDER_H
#define IOMPUBS_ORDER_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"

#define ORDER_MAX_KEYS	8

struct order_key {
	enum field	 field;		/* FIELD_YEAR, _TITLE, _PAGES, _ID */
	bool		 desc;
};

struct order {
	struct order_key key[ORDER_MAX_KEYS];
	size_t		 nkeys;
	bool		 reverse;	/* --reverse: flip every key */
};

/*
 * Parse spec into o (appending keys).  On a bad key returns false and
 * writes a message into err.
 */
bool	 order_parse(struct order *o, const char *spec, char *err,
	    size_t errsize);

/* Sort v[0..n) in place; false when out of memory. */
bool	 order_sort(const struct order *o, struct pub **v, size_t n);

#endif
