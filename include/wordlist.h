/*
 * wordlist.h: is it a word of English, French or Spanish?
 *
 * search takes a query word that no record has for a typo, and searches
 * for the nearest word that records have instead.  A real word is no
 * typo ("count" is not "court", "mental" is not "manual"): before it
 * corrects one, search asks the word lists that Debian ships in
 * /usr/share/dict (wamerican, wbritish, wfrench, wspanish).  They are
 * compiled in (tools/gen_wordlist.py): 376,000 words, folded, front-coded
 * in 1.8 MB, looked up by bisection, so that a lookup reads a few pages
 * of them and iompubs needs no file at run time.
 */
#ifndef IOMPUBS_WORDLIST_H
#define IOMPUBS_WORDLIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Shorter words are taken for typos: the lists hold "sh", "bu", "ae". */
#define WORDLIST_MINLEN		3

/* The generated tables: see tools/gen_wordlist.py. */
extern const unsigned char	 wordlist_blob[];
extern const uint32_t		 wordlist_blocks[];
extern const size_t		 wordlist_nblocks;
extern const size_t		 wordlist_size;

/*
 * Is the folded word w[0..len) (fold.h) a word of the lists, in any
 * case, with or without accents, or the plural of one ("víctimas" of
 * "víctima", "mujeres" of "mujer": the Spanish list has few plurals)?
 * Words shorter than WORDLIST_MINLEN never are.
 */
bool	 wordlist_has(const char *w, size_t len);

#endif
