/*
 * ids.h: publication ids, unique within a catalogue.
 *
 * Ids written in the file are kept exactly; two records with the same id
 * are an error.  A record without one gets an id made from its title and
 * year ("caring-for-trafficked-persons-2009"), with "-2", "-3", ...
 * added when that is taken, so every record can be named on the command
 * line.
 */
#ifndef IOMPUBS_IDS_H
#define IOMPUBS_IDS_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "diag.h"

/* Check written ids and derive missing ones; false on error or OOM. */
bool	 ids_assign(struct catalog *, struct diags *);

/*
 * Write the slug of title (lower case, accents dropped, words joined by
 * '-', at most ids_SLUG_WORDS words of the main title) into buf.
 * Returns its length, 0 if the title has no letters or digits, or
 * SIZE_MAX when out of memory.
 */
#define IDS_SLUG_WORDS	6
#define IDS_SLUG_MAX	64
size_t	 ids_slug(const char *title, size_t len, char *buf, size_t size);

/*
 * Does id start with the len bytes of prefix, ASCII case ignored (as
 * show compares ids)?
 */
bool	 ids_has_prefix(struct str id, const char *prefix, size_t len);

/*
 * For every record, the length in bytes of the shortest start of its id
 * that no other id of the catalogue shares (ASCII case ignored), as git
 * abbreviates hashes: uniq[p->index].  An id that is the start of
 * another (a "-2" after it) needs all of itself.  False when out of
 * memory.
 */
bool	 ids_unique_prefixes(const struct catalog *, size_t *uniq);

#endif
