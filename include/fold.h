/*
 * fold.h: the comparison form of text.
 *
 * Users type "etat" and expect "État"; they type "EXPLOTACION" and expect
 * "explotación".  Folding is compatibility decomposition (NFKD), Unicode
 * case folding, then removal of combining marks.  Both sides of every
 * case- and accent-insensitive comparison go through fold().
 */
#ifndef IOMPUBS_FOLD_H
#define IOMPUBS_FOLD_H

#include <stddef.h>

#include "text.h"

/* A reusable output buffer; zero-initialise, release with fold_free(). */
struct foldbuf {
	char		*buf;
	size_t		 cap;
};

/*
 * Fold s into fb, returning the folded text (NUL-terminated, owned by fb)
 * and its length, or STR_NONE when out of memory.  Invalid UTF-8 bytes
 * are kept as they are.
 */
struct str	 fold(struct foldbuf *fb, const char *s, size_t len);
void		 fold_free(struct foldbuf *);

/*
 * Fold s like fold(), and also give, for each byte of the folded text,
 * the offset in s of the character it came from (from[len] is s's
 * length), so that a match in folded text can be shown in s.  The
 * result and *from are owned by fb and fm.
 */
struct foldmap {
	size_t		*from;
	size_t		 cap;
};
struct str	 fold_mapped(struct foldbuf *fb, struct foldmap *fm,
		    const char *s, size_t len);
void		 foldmap_free(struct foldmap *);

/* Folded s as a new malloc'd string (caller frees); NULL on OOM. */
char		*fold_dup(const char *s, size_t len, size_t *outlen);

#endif
