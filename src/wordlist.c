/*
 * wordlist.c: looking a word up in the compiled-in word lists.
 *
 * The words are sorted by bytes and front-coded in blocks (see
 * tools/gen_wordlist.py): the first word of a block is whole, so that
 * bisecting the blocks' first words finds the one block that may hold a
 * word, which is then read from its start.
 */
#include <string.h>

#include "wordlist.h"

/* Compare w[0..len) with the newline-ended word at p, as strcmp does. */
static int
cmp_at(const char *w, size_t len, const unsigned char *p)
{
	size_t	 i;

	for (i = 0; i < len && p[i] != '\n'; i++)
		if ((unsigned char)w[i] != p[i])
			return (unsigned char)w[i] < p[i] ? -1 : 1;
	if (i < len)
		return 1;
	return p[i] == '\n' ? 0 : -1;
}

/* Is w[0..len) one of the words? */
static bool
has_exactly(const char *w, size_t len)
{
	const unsigned char *p, *end;
	unsigned char	 word[256];
	size_t		 lo = 0, hi = wordlist_nblocks, mid, n, k;

	if (len == 0 || len >= sizeof(word))
		return false;
	/* The last block whose first word is not after w. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cmp_at(w, len, wordlist_blob + wordlist_blocks[mid]) < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (lo == 0)
		return false;
	p = wordlist_blob + wordlist_blocks[lo - 1];
	end = lo < wordlist_nblocks ? wordlist_blob + wordlist_blocks[lo] :
	    wordlist_blob + wordlist_size;
	/* Its first word, then each word from the one before it. */
	for (n = 0; p < end && *p != '\n' && n < sizeof(word); n++)
		word[n] = *p++;
	for (;;) {
		if (n == len && memcmp(word, w, len) == 0)
			return true;
		if (++p >= end)
			return false;
		k = *p++;
		for (n = k; p < end && *p != '\n' && n < sizeof(word); n++)
			word[n] = *p++;
	}
}

bool
wordlist_has(const char *w, size_t len)
{
	if (len < WORDLIST_MINLEN)
		return false;
	if (has_exactly(w, len))
		return true;
	/* A plural: the singular without "s" or "es". */
	if (len > WORDLIST_MINLEN && w[len - 1] == 's' &&
	    has_exactly(w, len - 1))
		return true;
	return len > WORDLIST_MINLEN + 1 && w[len - 1] == 's' &&
	    w[len - 2] == 'e' && has_exactly(w, len - 2);
}
