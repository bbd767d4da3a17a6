/*
 * load.h: reading a catalogue file into a struct catalog.
 *
 * The loader accepts any YAML spelling of the catalogue (block or flow
 * style, JSON, quoted or plain scalars, block scalars, comments, CRLF, a
 * byte order mark) and refuses, with a located diagnostic, anything that
 * is not exactly a catalogue: unknown or duplicate keys, wrong kinds of
 * node, missing or malformed values, duplicate ids, anchors, aliases,
 * tags, several documents, and whatever libyaml itself rejects.
 */
#ifndef IOMPUBS_LOAD_H
#define IOMPUBS_LOAD_H

#include "catalog.h"
#include "diag.h"
#include "input.h"

/* Limits; see iompubs-catalog(5), LIMITS. */
#define LOAD_MAX_DEPTH		10	/* nested collections */
#define LOAD_MAX_FIELD		(1024 * 1024)	/* bytes in one value */
#define LOAD_MAX_RECORDS	10000000	/* publications */

/*
 * Load the catalogue from in.  Returns the catalogue, or NULL when it
 * could not be loaded; d then holds at least one error, or d->oom is set.
 * Warnings may be added either way.
 */
struct catalog	*catalog_load(struct input *in, struct diags *d);

#endif
