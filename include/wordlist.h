/*
 * wordlist.h: is it a word of English, French or Spanish?
 *
 * search takes a query word that no record has for a typo, and searches
 * for the nearest word that records have instead.  A real word is no
 * typo ("count" is not "court", "mental" is not "manual"): before it
 * corrects one, search asks the word lists that Debian ships in
 * /usr/share/dict (wamerican, wbritish, wfrench, wspanish).  They are read
 * only then, at run time, since a query word that no record has is rare
 * and the lists are 7 MB: compiled in, they would be most of the binary.
 * Without them every such word is taken for a typo, as before.
 */
#ifndef IOMPUBS_WORDLIST_H
#define IOMPUBS_WORDLIST_H

#include <stdbool.h>
#include <stddef.h>

/* Shorter words are taken for typos: the lists hold "sh", "bu", "ae". */
#define WORDLIST_MINLEN		3

/* The lists read when the caller names none, separated by colons. */
#define WORDLIST_DEFAULT	"/usr/share/dict/american-english:" \
				"/usr/share/dict/british-english:" \
				"/usr/share/dict/french:/usr/share/dict/spanish"

/*
 * Which of the folded words w[0..n) (fold.h) are words of the lists
 * named in paths (separated by colons; NULL: WORDLIST_DEFAULT), in any
 * case, with or without accents, or as the plural of one ("víctimas" of
 * "víctima", "mujeres" of "mujer": the Spanish list has few plurals):
 * sets known[i].  A list that cannot be read is skipped.  False when out
 * of memory.
 */
bool	 wordlist_known(const char *const *w, size_t n, const char *paths,
	    bool *known);

#endif
