/*
 * suggest.h: "did you mean ...?" for mistyped words.
 */
#ifndef IOMPUBS_SUGGEST_H
#define IOMPUBS_SUGGEST_H

#include <stddef.h>

/*
 * Edit distance (insertions, deletions, substitutions and transpositions
 * of adjacent characters), ASCII case ignored; stops counting past limit
 * and returns limit + 1.
 */
size_t		 suggest_distance(const char *a, size_t alen, const char *b,
		    size_t blen, size_t limit);

/*
 * The candidate closest to word, if it is close enough to be a plausible
 * typo (about one edit in three characters), or else the only one that
 * word (of three characters or more) is the start of; NULL otherwise.  cands is an
 * array of n strings; NULL entries are skipped.
 */
const char	*suggest(const char *word, size_t len,
		    const char *const *cands, size_t n);

#endif
