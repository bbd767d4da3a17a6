/*
 * format.h: the output formats.
 *
 * Each format turns a selection of publications, already filtered and
 * sorted, into text.  plain and json are stable interfaces for programs;
 * table and full are for people.
 */
#ifndef IOMPUBS_FORMAT_H
#define IOMPUBS_FORMAT_H

#include <stddef.h>

#include "catalog.h"
#include "out.h"

enum format {
	FORMAT_PLAIN,		/* id, year, pages, languages, title; tabs */
	FORMAT_TABLE,		/* aligned columns fitted to the width */
	FORMAT_JSON,		/* an array of complete records */
	FORMAT_FULL,		/* "Field: value" lines, a record a block */
	FORMAT__COUNT
};

typedef void	 format_fn(struct out *, struct pub *const *, size_t);

const char	*format_name(enum format);
int		 format_lookup(const char *name);	/* -1: unknown */
const char	*format_names(void);	/* "plain, table, json, full" */

/* Write v[0..n) in format f. */
void		 format_write(enum format f, struct out *, struct pub *const *,
		    size_t n);

format_fn	 fmt_plain;
format_fn	 fmt_table;
format_fn	 fmt_json;
format_fn	 fmt_full;

#endif
