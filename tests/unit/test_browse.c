/*
 * test_browse.c: the browser's state, driven by key sequences.
 *
 * No terminal: keys go to browse_key() as the screen would send them,
 * and the tests look at the list, the selection, the marks, the mode and
 * what the caller is asked to do.  The ranking must be search's own: the
 * list for a query is compared with search_run() on the same records.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "browse.h"
#include "buf.h"
#include "catalog.h"
#include "diag.h"
#include "filter.h"
#include "search.h"
#include "testcat.h"

static const char catalog[] =
    "- {id: sea, title: Trafficked at Sea, year: 2013, languages: [English],\n"
    "   availability: [pdf], abstract: \"Fishers exploited at sea.\"}\n"
    "- {id: waters, title: In African Waters, year: 2014,\n"
    "   languages: [English], availability: [pdf, hardcopy],\n"
    "   abstract: \"Cambodian fishers trafficked; fishing vessels.\"}\n"
    "- {id: etat, title: \"État des lieux\", year: 2015, languages: [French],\n"
    "   availability: [hardcopy], abstract: \"La traite des personnes.\"}\n"
    "- {id: trata, title: Trata de personas, year: 2013,\n"
    "   languages: [Spanish], availability: [pdf],\n"
    "   abstract: \"Explotación laboral de pescadores.\"}\n"
    "- {id: caring, title: Caring for Trafficked Persons, year: 2009,\n"
    "   languages: [English, Chinese], availability: [pdf],\n"
    "   abstract: \"Health care for trafficked persons and fishers.\"}\n"
    "- {id: broken, title: A broken dream, year: 2013,\n"
    "   languages: [Albanian], availability: [hardcopy]}\n";

struct fixture {
	struct catalog	*cat;
	struct browse	 b;
};

static struct catalog *
load(void)
{
	struct diags	 d;
	struct catalog	*cat;

	cat = testcat_load(catalog, strlen(catalog), &d);
	assert_non_null(cat);
	diags_free(&d);
	return cat;
}

static void
start(struct fixture *f, const struct browse_opts *opts)
{
	struct browse_opts	 none;
	char			 err[128];

	memset(&none, 0, sizeof(none));
	none.limit = SIZE_MAX;
	f->cat = load();
	assert_true(browse_init(&f->b, f->cat, opts != NULL ? opts : &none,
	    err, sizeof(err)));
	browse_resize(&f->b, 3, 10);
}

static void
finish(struct fixture *f)
{
	browse_free(&f->b);
	catalog_free(f->cat);
}

/* Type a string of ASCII characters; every key must ask for a draw. */
static void
type(struct browse *b, const char *s)
{
	for (; *s != '\0'; s++)
		assert_int_equal(browse_key(b, (unsigned char)*s), BROWSE_DRAW);
}

/* The ids of the list, joined by spaces, the query ranked first. */
static const char *
ids(struct browse *b)
{
	static char	 buf[512];
	size_t		 i, len = 0;

	assert_true(browse_update(b));
	buf[0] = '\0';
	for (i = 0; i < b->n; i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s",
		    i > 0 ? " " : "", b->list[i]->id.ptr);
	return buf;
}

static const char *
selected(struct browse *b)
{
	struct pub	*p;

	assert_true(browse_update(b));
	p = browse_selected(b);
	return p != NULL ? p->id.ptr : "(none)";
}

static void
empty_query_is_catalogue_order(void **state)
{
	struct fixture	 f;

	(void)state;
	start(&f, NULL);
	assert_string_equal(ids(&f.b), "sea waters etat trata caring broken");
	assert_int_equal(f.b.mode, BROWSE_TYPING);
	assert_string_equal(selected(&f.b), "sea");
	finish(&f);
}

/* The list for a query is search's ranking of the same records. */
static void
typing_ranks_as_search_does(void **state)
{
	struct fixture		 f;
	struct search		*q;
	struct search_hit	*hits;
	enum search_status	 st;
	const char		*words[] = { "fishers" };
	char			 err[64], want[256];
	size_t			 n, i, len = 0;

	(void)state;
	start(&f, NULL);
	type(&f.b, "fishers");
	q = search_new(words, 1, &st, err, sizeof(err));
	assert_non_null(q);
	assert_true(search_run(q, f.cat->pubs, f.cat->npubs, &hits, &n));
	want[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(want + len, sizeof(want) - len, "%s%s",
		    i > 0 ? " " : "", hits[i].p->id.ptr);
	assert_true(n >= 2);
	assert_string_equal(ids(&f.b), want);
	assert_string_equal(f.b.query, "fishers");
	free(hits);
	search_free(q);
	/* Accents are folded as search folds them. */
	assert_int_equal(browse_key(&f.b, BROWSE_CTRL('U')), BROWSE_DRAW);
	type(&f.b, "etat");
	assert_string_equal(ids(&f.b), "etat");
	finish(&f);
}

static void
editing_the_query(void **state)
{
	struct fixture	 f;

	(void)state;
	start(&f, NULL);
	type(&f.b, "caring persons");
	assert_string_equal(f.b.query, "caring persons");
	browse_key(&f.b, BROWSE_CTRL('W'));
	assert_string_equal(f.b.query, "caring ");
	browse_key(&f.b, BROWSE_KEY_BACKSPACE);
	browse_key(&f.b, 0x7f);
	assert_string_equal(f.b.query, "carin");
	/* A character of two bytes goes as one. */
	browse_key(&f.b, 0xe9);
	assert_string_equal(f.b.query, "carin\xc3\xa9");
	browse_key(&f.b, BROWSE_KEY_BACKSPACE);
	assert_string_equal(f.b.query, "carin");
	/* Control and bidi characters never get into the query. */
	browse_key(&f.b, 0x202e);
	browse_key(&f.b, 0x07);
	assert_string_equal(f.b.query, "carin");
	browse_key(&f.b, BROWSE_CTRL('U'));
	assert_string_equal(f.b.query, "");
	assert_string_equal(ids(&f.b), "sea waters etat trata caring broken");
	finish(&f);
}

/* The selection stays on its record while the list changes. */
static void
selection_is_kept(void **state)
{
	struct fixture	 f;

	(void)state;
	start(&f, NULL);
	browse_key(&f.b, BROWSE_KEY_DOWN);
	browse_key(&f.b, BROWSE_KEY_DOWN);
	browse_key(&f.b, BROWSE_KEY_DOWN);
	browse_key(&f.b, BROWSE_KEY_DOWN);
	assert_string_equal(selected(&f.b), "caring");
	browse_key(&f.b, '/');
	type(&f.b, "traffick");
	assert_string_equal(selected(&f.b), "caring");
	assert_true(f.b.sel < f.b.n);
	/* Gone from the list: the best hit is selected. */
	browse_key(&f.b, BROWSE_CTRL('U'));
	type(&f.b, "cambodian");
	assert_string_equal(selected(&f.b), "waters");
	finish(&f);
}

static void
modes(void **state)
{
	struct fixture	 f;

	(void)state;
	start(&f, NULL);
	/* Typing: j and q are letters of the query. */
	type(&f.b, "jq");
	assert_string_equal(f.b.query, "jq");
	assert_string_equal(ids(&f.b), "");
	browse_key(&f.b, BROWSE_CTRL('U'));
	/* Moving ends typing; then j and k move, q leaves. */
	assert_int_equal(browse_key(&f.b, BROWSE_CTRL('N')), BROWSE_DRAW);
	assert_int_equal(f.b.mode, BROWSE_LIST);
	assert_string_equal(selected(&f.b), "waters");
	browse_key(&f.b, 'j');
	browse_key(&f.b, 'j');
	assert_string_equal(selected(&f.b), "trata");
	browse_key(&f.b, 'k');
	assert_string_equal(selected(&f.b), "etat");
	browse_key(&f.b, 'G');
	assert_string_equal(selected(&f.b), "broken");
	browse_key(&f.b, 'g');
	assert_string_equal(selected(&f.b), "sea");
	assert_string_equal(f.b.query, "");
	/* / types again; Backspace in the list types again too. */
	browse_key(&f.b, '/');
	assert_int_equal(f.b.mode, BROWSE_TYPING);
	type(&f.b, "seax");
	browse_key(&f.b, BROWSE_KEY_DOWN);
	assert_int_equal(browse_key(&f.b, BROWSE_KEY_BACKSPACE), BROWSE_DRAW);
	assert_int_equal(f.b.mode, BROWSE_TYPING);
	assert_string_equal(f.b.query, "sea");
	browse_key(&f.b, BROWSE_KEY_UP);
	assert_int_equal(browse_key(&f.b, 'q'), BROWSE_QUIT);
	finish(&f);
}

static void
leaving(void **state)
{
	struct fixture	 f;
	size_t		 n;

	(void)state;
	start(&f, NULL);
	assert_int_equal(browse_key(&f.b, BROWSE_ESC), BROWSE_QUIT);
	assert_int_equal(browse_key(&f.b, BROWSE_CTRL('C')), BROWSE_QUIT);
	/* Enter with nothing marked picks the selected record. */
	browse_key(&f.b, BROWSE_KEY_DOWN);
	assert_int_equal(browse_key(&f.b, BROWSE_KEY_ENTER), BROWSE_ACCEPT);
	assert_int_equal(browse_picks(&f.b, &n)[0], f.cat->pubs[1]);
	assert_int_equal(n, 1);
	/* Nothing to pick: Enter says so and stays. */
	browse_key(&f.b, '/');
	type(&f.b, "zzzz");
	assert_int_equal(browse_key(&f.b, '\r'), BROWSE_DRAW);
	assert_non_null(strstr(f.b.msg, "nothing to pick"));
	browse_picks(&f.b, &n);
	assert_int_equal(n, 0);
	finish(&f);
}

static void
marks(void **state)
{
	struct fixture		 f;
	struct pub *const	*v;
	size_t			 n;

	(void)state;
	start(&f, NULL);
	browse_key(&f.b, BROWSE_KEY_END);
	browse_key(&f.b, '\t');		/* broken, stays at the end */
	browse_key(&f.b, 'g');
	browse_key(&f.b, '\t');		/* sea, then waters */
	assert_string_equal(selected(&f.b), "waters");
	browse_key(&f.b, 'm');		/* waters, stays */
	browse_key(&f.b, 'm');		/* and unmarked */
	browse_key(&f.b, 'j');
	browse_key(&f.b, '\t');		/* etat */
	v = browse_picks(&f.b, &n);
	assert_int_equal(n, 3);
	assert_string_equal(v[0]->id.ptr, "broken");
	assert_string_equal(v[1]->id.ptr, "sea");
	assert_string_equal(v[2]->id.ptr, "etat");
	/* Marks outlive the query that showed them. */
	browse_key(&f.b, '/');
	type(&f.b, "cambodian");
	browse_picks(&f.b, &n);
	assert_int_equal(n, 3);
	/* Shift-Tab unmarks and moves up. */
	browse_key(&f.b, BROWSE_CTRL('U'));
	browse_key(&f.b, BROWSE_KEY_HOME);
	browse_key(&f.b, BROWSE_KEY_BTAB);
	v = browse_picks(&f.b, &n);
	assert_int_equal(n, 2);
	assert_string_equal(v[0]->id.ptr, "broken");
	assert_string_equal(v[1]->id.ptr, "etat");
	finish(&f);
}

static void
scrolling(void **state)
{
	struct fixture	 f;

	(void)state;
	start(&f, NULL);		/* 3 rows */
	browse_key(&f.b, BROWSE_KEY_DOWN);
	browse_key(&f.b, BROWSE_KEY_DOWN);
	assert_int_equal(f.b.top, 0);
	browse_key(&f.b, BROWSE_KEY_DOWN);
	assert_int_equal(f.b.sel, 3);
	assert_int_equal(f.b.top, 1);
	browse_key(&f.b, BROWSE_KEY_PGDN);
	assert_int_equal(f.b.sel, 5);
	assert_int_equal(f.b.top, 3);
	browse_key(&f.b, BROWSE_KEY_PGUP);
	browse_key(&f.b, BROWSE_KEY_PGUP);
	assert_int_equal(f.b.sel, 1);
	assert_int_equal(f.b.top, 1);
	/* A taller screen shows every row from the top. */
	browse_resize(&f.b, 20, 10);
	assert_int_equal(f.b.top, 0);
	/* The record scrolls within its lines, back to its top on a move. */
	f.b.pane_lines = 14;
	browse_key(&f.b, ' ');
	assert_int_equal(f.b.pane_top, 4);
	browse_key(&f.b, 'J');
	assert_int_equal(f.b.pane_top, 4);
	browse_key(&f.b, 'K');
	browse_key(&f.b, BROWSE_KEY_SUP);
	assert_int_equal(f.b.pane_top, 2);
	browse_key(&f.b, 'j');
	assert_int_equal(f.b.pane_top, 0);
	finish(&f);
}

static void
filters_by_keys(void **state)
{
	struct fixture	 f;
	struct buf	 s = { NULL, 0, 0, false };

	(void)state;
	start(&f, NULL);
	browse_key(&f.b, BROWSE_KEY_DOWN);
	browse_key(&f.b, 'Y');
	assert_int_equal(f.b.mode, BROWSE_PROMPT);
	type(&f.b, "2013");
	assert_int_equal(browse_key(&f.b, BROWSE_KEY_ENTER), BROWSE_DRAW);
	assert_int_equal(f.b.mode, BROWSE_LIST);
	assert_string_equal(ids(&f.b), "sea trata broken");
	browse_status(&f.b, &s);
	assert_non_null(strstr(s.p, "3/3 of 6"));
	assert_non_null(strstr(s.p, "year 2013"));
	/* A bad range stays on the prompt, saying why. */
	browse_key(&f.b, 'Y');
	browse_key(&f.b, BROWSE_CTRL('U'));
	type(&f.b, "20x3");
	browse_key(&f.b, BROWSE_KEY_ENTER);
	assert_int_equal(f.b.mode, BROWSE_PROMPT);
	assert_true(f.b.msg[0] != '\0');
	/* Esc keeps the filter as it was. */
	browse_key(&f.b, BROWSE_ESC);
	assert_int_equal(f.b.mode, BROWSE_LIST);
	assert_string_equal(f.b.year, "2013");
	/* Languages, by name or code. */
	browse_key(&f.b, 'L');
	type(&f.b, "es, sq");
	browse_key(&f.b, BROWSE_KEY_ENTER);
	assert_string_equal(ids(&f.b), "trata broken");
	/* Availability: pdf, hardcopy, any. */
	browse_key(&f.b, 'A');
	assert_string_equal(ids(&f.b), "trata");
	browse_key(&f.b, 'A');
	assert_string_equal(ids(&f.b), "broken");
	browse_key(&f.b, 'A');
	assert_string_equal(ids(&f.b), "trata broken");
	browse_key(&f.b, 'X');
	assert_string_equal(ids(&f.b), "sea waters etat trata caring broken");
	buf_reset(&s);
	browse_status(&f.b, &s);
	assert_null(strstr(s.p, "year 2013"));
	assert_null(strstr(s.p, "language es"));
	buf_free(&s);
	finish(&f);
}

static void
sort_by_keys(void **state)
{
	struct fixture	 f;

	(void)state;
	start(&f, NULL);
	browse_key(&f.b, BROWSE_KEY_DOWN);
	browse_key(&f.b, 'S');
	assert_string_equal(f.b.sort, "-year");
	assert_string_equal(ids(&f.b), "etat waters sea trata broken caring");
	browse_key(&f.b, 'S');
	assert_string_equal(ids(&f.b), "caring sea trata broken waters etat");
	/* Reversed keys; ties stay in catalogue order, as in list. */
	browse_key(&f.b, 'R');
	assert_string_equal(ids(&f.b), "etat waters sea trata broken caring");
	/*
	 * A sort orders the hits too, instead of the ranking (trata is
	 * found by the thesaurus: "pescadores" are fishers).
	 */
	browse_key(&f.b, '/');
	type(&f.b, "fishers");
	assert_string_equal(ids(&f.b), "waters sea trata caring");
	finish(&f);
}

static void
command_line_choices(void **state)
{
	struct fixture		 f;
	struct browse_opts	 o;
	char			 err[128];

	(void)state;
	memset(&o, 0, sizeof(o));
	o.year = "2013..";
	o.langs = "English";
	o.sort = "title";
	o.limit = SIZE_MAX;
	o.query = "fishers";
	start(&f, &o);
	assert_string_equal(ids(&f.b), "waters sea");
	/* The words were given: the list has the keys. */
	assert_int_equal(f.b.mode, BROWSE_LIST);
	finish(&f);

	o.query = NULL;
	o.limit = 1;
	start(&f, &o);
	assert_string_equal(ids(&f.b), "waters");
	finish(&f);

	o.limit = SIZE_MAX;
	o.sort = "pages:up";
	f.cat = load();
	assert_false(browse_init(&f.b, f.cat, &o, err, sizeof(err)));
	assert_true(err[0] != '\0');
	finish(&f);
}

static void
query_that_cannot_run(void **state)
{
	struct fixture	 f;

	(void)state;
	start(&f, NULL);
	/* A phrase still being typed: the catalogue, and why. */
	type(&f.b, "\"fishers");
	assert_true(browse_update(&f.b));
	assert_true(f.b.qerr[0] != '\0' || f.b.n > 0);
	type(&f.b, "\"");
	assert_true(browse_update(&f.b));
	assert_string_equal(f.b.qerr, "");
	assert_true(f.b.n >= 1);
	finish(&f);
}

/* What search says of a query is on the status line. */
static void
search_says(void **state)
{
	struct fixture	 f;
	struct buf	 s = { NULL, 0, 0, false };

	(void)state;
	start(&f, NULL);
	type(&f.b, "fishrs");
	assert_true(browse_update(&f.b));
	browse_status(&f.b, &s);
	assert_non_null(strstr(s.p, "(no record has \"fishrs\")"));
	assert_true(f.b.n > 0);
	finish(&f);
	buf_free(&s);
}

/* Keys typed ahead are ranked once; a space alone ranks nothing. */
static void
typed_ahead(void **state)
{
	struct fixture	 f;
	unsigned	 gen;

	(void)state;
	start(&f, NULL);
	gen = f.b.generation;
	type(&f.b, "cambodian");
	assert_int_equal(f.b.generation, gen);
	assert_string_equal(ids(&f.b), "waters");
	assert_int_equal(f.b.generation, gen + 1);
	type(&f.b, "  ");
	assert_string_equal(ids(&f.b), "waters");
	assert_int_equal(f.b.generation, gen + 1);
	/* A key that is not an edit acts on the ranked list. */
	type(&f.b, " fishers");
	assert_int_equal(browse_key(&f.b, BROWSE_KEY_END), BROWSE_DRAW);
	assert_int_equal(f.b.generation, gen + 2);
	assert_int_equal(f.b.sel, f.b.n - 1);
	assert_true(f.b.n >= 3);
	finish(&f);
}

static void
help(void **state)
{
	struct fixture	 f;
	size_t		 i;

	(void)state;
	start(&f, NULL);
	type(&f.b, "sea");
	/* ? is help even while typing: it is no word to search. */
	assert_int_equal(browse_key(&f.b, '?'), BROWSE_DRAW);
	assert_int_equal(f.b.mode, BROWSE_HELP);
	assert_string_equal(f.b.query, "sea");
	browse_key(&f.b, 'j');
	assert_int_equal(f.b.help_top, 1);
	browse_key(&f.b, 'x');
	assert_int_equal(f.b.mode, BROWSE_TYPING);
	/* Every key of the help has words to say what it does. */
	for (i = 0; i < browse_nkeys; i++)
		assert_true(strlen(browse_keys[i].what) > 3);
	finish(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(empty_query_is_catalogue_order),
		cmocka_unit_test(typing_ranks_as_search_does),
		cmocka_unit_test(editing_the_query),
		cmocka_unit_test(selection_is_kept),
		cmocka_unit_test(modes),
		cmocka_unit_test(leaving),
		cmocka_unit_test(marks),
		cmocka_unit_test(scrolling),
		cmocka_unit_test(filters_by_keys),
		cmocka_unit_test(sort_by_keys),
		cmocka_unit_test(command_line_choices),
		cmocka_unit_test(query_that_cannot_run),
		cmocka_unit_test(search_says),
		cmocka_unit_test(typed_ahead),
		cmocka_unit_test(help),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
