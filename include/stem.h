/*
 * stem.h: word stems in English, French and Spanish.
 *
 * Snowball's stemmers (libstemmer), applied to a word and folded after:
 * "explotaciones" and "explotación" are both "explot", "fishers" is
 * "fisher".  A word is given folded or as written in lower case; the
 * stem comes back folded (fold.h), so that the two meet.
 */
#ifndef IOMPUBS_STEM_H
#define IOMPUBS_STEM_H

#include <stddef.h>

#include "lexicon.h"
#include "text.h"

#define STEM_MAX	64	/* longer words are their own stem */

struct stemmer;

struct stemmer	*stem_new(void);
void		 stem_free(struct stemmer *);

/*
 * The stem of w[0..len) in lang, in out (STEM_MAX bytes), NUL-terminated;
 * returns its length.  Returns SIZE_MAX when out of memory.
 */
size_t		 stem_word(struct stemmer *, enum lex_lang lang, const char *w,
		    size_t len, char *out);

#endif
