/*
 * lang.h: language names and ISO 639-1 codes.
 *
 * The catalogue prints languages by their English names; users type
 * codes ("es", or ISO 639-2 "spa"), English names ("Spanish"), French or
 * Spanish names ("espagnol", "español") or the language's own name, in
 * any case and with or without accents.  All of them resolve to one table
 * entry.
 */
#ifndef IOMPUBS_LANG_H
#define IOMPUBS_LANG_H

#include <stdbool.h>
#include <stddef.h>

struct lang {
	const char	*code;		/* ISO 639-1, lower case */
	const char	*english;
	const char	*french;
	const char	*spanish;
	const char	*native;
};

/*
 * The entry for a code or any of the names; NULL if none, or when out
 * of memory, which sets *oom: the sticky flag (cli.h) of the object the
 * caller works for, never cleared here.
 */
const struct lang	*lang_find(const char *s, size_t len, bool *oom);

/* All entries, for completion and suggestions. */
const struct lang	*lang_table(size_t *n);

/*
 * The English name of the language whose name (in any language of the
 * table) is most like s, for "did you mean"; NULL if none.
 */
const char		*lang_suggest(const char *s, size_t len);

#endif
