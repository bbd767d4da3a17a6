/*
 * stats.h: counting publications by year, decade, language,
 * availability or country, for the stats command.
 */
#ifndef IOMPUBS_STATS_H
#define IOMPUBS_STATS_H

#include <stdbool.h>
#include <stddef.h>

#include "text.h"

struct pub;

enum stats_by {
	STATS_YEAR,
	STATS_DECADE,
	STATS_LANGUAGE,
	STATS_AVAILABILITY,
	STATS_COUNTRY,
	STATS__COUNT
};

struct stats_group {
	struct str	 label;		/* catalogue text or a fixed word */
	char		 name[24];	/* or else a year or decade */
	size_t		 count;
	size_t		 last;		/* the last record counted, index + 1 */
	const char	*key;		/* language: folded, to sort by */
};

struct stats {
	struct stats_group	*v;
	size_t		 n;
	size_t		 cap;
};

/*
 * Count sel[0..n) into G, which starts empty: every year (decade) from
 * the first to the last, oldest first, 0 for one without publications;
 * languages and countries most counted first (then by name),
 * availability as pdf, hardcopy, none, these only where something
 * counts.  False when out
 * of memory.
 */
bool		 stats_count(struct stats *G, enum stats_by,
		    struct pub *const *sel, size_t n);

/* What a group is called: "2015", "2010s", "Spanish", "pdf", "none". */
struct str	 stats_label(const struct stats_group *);

void		 stats_free(struct stats *);

#endif
