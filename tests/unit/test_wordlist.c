/*
 * test_wordlist.c: telling a real word from a typo by the word lists
 * compiled in from Debian's wamerican, wbritish, wfrench and wspanish.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "wordlist.h"

static bool
has(const char *w)
{
	return wordlist_has(w, strlen(w));
}

static void
words(void **state)
{
	(void)state;
	assert_true(has("count"));
	assert_true(has("mental"));
	assert_true(has("asia"));		/* "Asia", folded */
	assert_true(has("identificar"));	/* Spanish */
	assert_true(has("policiers"));		/* French */
	assert_true(has("victima"));		/* "víctima", folded */
	assert_true(has("victimas"));		/* its plural */
	assert_true(has("mujeres"));		/* a plural in -es */
	assert_true(has("domesticas"));
	assert_false(has("trafiking"));
	assert_false(has("combodia"));
	assert_false(has("carribean"));
	assert_false(has("tajikstan"));
	assert_false(has("coun"));		/* not a prefix */
	assert_false(has("bu"));		/* too short to tell */
	assert_false(has(""));
	assert_false(has("zzzzzzzzzzzzzzzzzzzzzzzzzzz"));
	assert_false(has("aaa\naaa"));
}

/* Every first word of a block is found, and the word before it. */
static void
blocks(void **state)
{
	char	 w[256];
	size_t	 b, n;

	(void)state;
	assert_true(wordlist_nblocks > 1000);
	for (b = 0; b < wordlist_nblocks; b += 97) {
		const unsigned char *p = wordlist_blob + wordlist_blocks[b];
		for (n = 0; p[n] != '\n' && n < sizeof(w) - 1; n++)
			w[n] = (char)p[n];
		w[n] = '\0';
		assert_true(wordlist_has(w, n));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(words),
		cmocka_unit_test(blocks),
	};

	return cmocka_run_group_tests_name("wordlist", tests, NULL, NULL);
}
