/*
 * test_search.c: ranked search.
 *
 * On small catalogues loaded from YAML strings: a title hit outranks an
 * abstract hit, case and accents are ignored, plurals and -ing/-ed forms
 * meet, hyphenated words match their parts and their joined form, quoted
 * phrases are required and must be contiguous, common words are ignored
 * and a query of nothing else is refused, languages are found by any of
 * their names, and snippets mark the words found.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "diag.h"
#include "search.h"
#include "testcat.h"

static const char catalog[] =
    "- {id: abstract-only, title: Report One, year: 2010,\n"
    "   abstract: \"A study of fishers at sea and of forced labour.\"}\n"
    "- {id: title-hit, title: Fishers and the Sea, year: 2011,\n"
    "   abstract: Nothing else here.}\n"
    "- {id: accents, title: \"État des lieux: explotación\", year: 2012,\n"
    "   languages: [Spanish]}\n"
    "- {id: hyphen, title: The Causes of Re-trafficking, year: 2013,\n"
    "   abstract: \"Labour forced on some, forced labour... \"}\n"
    "- {id: joined, title: Retrafficking Today, year: 2014,\n"
    "   languages: [French]}\n"
    "- {id: trafficked, title: Trafficked Persons, year: 2015}\n";

static struct catalog *
load_yaml(const char *yaml)
{
	struct diags	 d;
	struct catalog	*cat;

	cat = testcat_load(yaml, strlen(yaml), &d);
	if (cat == NULL)
		diags_print(&d, stderr, "test", false);
	assert_non_null(cat);
	diags_free(&d);
	return cat;
}

static struct catalog *
load(void)
{
	return load_yaml(catalog);
}

/* The search for one word, which must compile; o may be NULL. */
static struct search *
compile(const char *word, const struct search_opts *o)
{
	struct search		*q;
	enum search_status	 st;
	const char		*words[1] = { word };
	char			 err[128];

	q = search_new_opts(words, 1, o, &st, err, sizeof(err));
	assert_int_equal(st, SEARCH_OK);
	assert_non_null(q);
	return q;
}

/* The ids of hits[0..n), joined by spaces, into buf. */
static void
join_ids(const struct search_hit *hits, size_t n, char *buf, size_t size)
{
	size_t	 i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
		    i > 0 ? " " : "", hits[i].p->id.ptr);
}

/* The ids found for query, best first, joined by spaces, into buf. */
static void
ids_for(const char *query, char *buf, size_t size)
{
	struct catalog		*cat = load();
	struct search		*q = compile(query, NULL);
	struct search_hit	*hits;
	size_t			 n;

	assert_true(search_run(q, cat->pubs, cat->npubs, &hits, &n));
	join_ids(hits, n, buf, size);
	free(hits);
	search_free(q);
	catalog_free(cat);
}

static void
expect(const char *query, const char *want)
{
	char	 got[512];

	ids_for(query, got, sizeof(got));
	if (strcmp(got, want) != 0)
		fail_msg("search \"%s\": got \"%s\", want \"%s\"", query, got,
		    want);
}

static void
title_outranks_abstract(void **state)
{
	(void)state;
	expect("fishers", "title-hit abstract-only");
	expect("FISHER", "title-hit abstract-only");	/* case, plural */
}

static void
accents_and_languages(void **state)
{
	(void)state;
	expect("etat", "accents");
	expect("EXPLOTACION", "accents");
	expect("espagnol", "accents");		/* Spanish, by its French name */
	expect("fr", "joined");			/* and by its code */
}

static void
stems_meet(void **state)
{
	(void)state;
	/* Both words in a short title beat one word in a longer one. */
	expect("trafficking persons", "trafficked hyphen");
}

static void
hyphens(void **state)
{
	(void)state;
	/*
	 * Parts, joined form, and the hyphenated form all find both, each
	 * counted once: the shorter title first.
	 */
	expect("re-trafficking", "joined hyphen");
	expect("retrafficking", "joined hyphen");
	expect("causes re", "hyphen");
}

/*
 * Plain ASCII text is counted by a quicker loop than text with accents
 * or hyphens: the same words must score the same either way.  Each
 * abstract has ten words, "fishers" twice (once in capitals).
 */
static void
quick_count_agrees(void **state)
{
	static const char yaml[] =
	    "- {title: A, year: 2010, abstract: \"FISHERS at sea, fishers "
	    "in port 2019 and x1 on shore.\"}\n"
	    "- {title: A, year: 2010, abstract: \"FISHERS at sea, fishers "
	    "in port 2019 and x1 on-shore.\"}\n"
	    "- {title: A, year: 2010, abstract: \"FISHERS at m\xc3\xa9r, fishers "
	    "in port 2019 and x1 on shore.\"}\n"
	    "- {title: A, year: 2010, abstract: \"FISHERS at sea, fishers "
	    "in port 2019 and x1 on shore ok.\"}\n";
	struct catalog		*cat = load_yaml(yaml);
	struct search		*q;
	struct search_hit	*hits;
	size_t			 n;

	(void)state;
	q = compile("fishers", NULL);
	assert_true(search_run(q, cat->pubs, cat->npubs, &hits, &n));
	assert_int_equal(n, 4);
	/* Ties keep catalogue order; the longer abstract ranks last. */
	assert_int_equal(hits[0].p->index, 0);
	assert_int_equal(hits[1].p->index, 1);
	assert_int_equal(hits[2].p->index, 2);
	assert_int_equal(hits[3].p->index, 3);
	assert_true(hits[0].score == hits[1].score);
	assert_true(hits[0].score == hits[2].score);
	assert_true(hits[3].score < hits[0].score);
	free(hits);
	search_free(q);
	catalog_free(cat);
}

/*
 * Long words, and stretches with a hyphen or a letter beyond ASCII among
 * them, counted as when the whole text is folded.
 */
static void
long_words_count(void **state)
{
	static const char yaml[] =
	    "- {title: A, year: 2010, abstract: \"Trafficking of seafarers "
	    "and re-trafficking: INTERNATIONALLY, seafarers.\"}\n"
	    "- {title: A, year: 2010, abstract: \"Trafficking of seafarers "
	    "and re-trafficking: internationally, SEAFARERS.\"}\n"
	    "- {title: A, year: 2010, abstract: \"Trafficking of seafarers "
	    "and re-trafficking: internationally, seafar\xc3\xa9rs.\"}\n";
	struct catalog		*cat = load_yaml(yaml);
	struct search		*q;
	struct search_hit	*hits;
	enum search_status	 st;
	const char		*words[2] = { "seafarers", "internationally" };
	char			 err[128];
	size_t			 n;

	(void)state;
	q = search_new(words, 2, &st, err, sizeof(err));
	assert_int_equal(st, SEARCH_OK);
	assert_true(search_run(q, cat->pubs, cat->npubs, &hits, &n));
	assert_int_equal(n, 3);
	assert_int_equal(hits[0].p->index, 0);
	assert_int_equal(hits[1].p->index, 1);
	assert_true(hits[0].score == hits[1].score);
	/* "seafarérs" folds to "seafarers": the same count. */
	assert_int_equal(hits[2].p->index, 2);
	assert_true(hits[2].score == hits[0].score);
	free(hits);
	search_free(q);
	catalog_free(cat);
}

static void
phrases(void **state)
{
	(void)state;
	/* In this order and next to each other, and required. */
	expect("\"forced labour\"", "hyphen abstract-only");
	expect("\"labour forced\"", "hyphen");
	expect("\"sea fishers\"", "");
	expect("\"forced labour\" fishers", "abstract-only hyphen");
}

static void
common_words(void **state)
{
	(void)state;
	/* Beside other words "the" is ignored; in a phrase it is a word. */
	expect("the sea", "title-hit abstract-only");
	expect("\"the sea\"", "title-hit");
	expect("\"the\"", "title-hit hyphen");
}

static void
bad_queries(void **state)
{
	struct search		*q;
	enum search_status	 st;
	const char		*unclosed[1] = { "\"forced labour" };
	const char		*empty[2] = { "--", "!" };
	const char		*common[3] = { "The", "of", "and" };
	char			 err[128];

	(void)state;
	q = search_new(unclosed, 1, &st, err, sizeof(err));
	assert_null(q);
	assert_int_equal(st, SEARCH_BAD);
	assert_non_null(strstr(err, "not closed"));
	q = search_new(empty, 2, &st, err, sizeof(err));
	assert_null(q);
	assert_int_equal(st, SEARCH_EMPTY);
	/* Only common words: in nearly every record, they tell none apart. */
	q = search_new(common, 3, &st, err, sizeof(err));
	assert_null(q);
	assert_int_equal(st, SEARCH_COMMON);
	assert_non_null(strstr(err, "too common"));
	assert_non_null(strstr(err, "the, of, and"));
}

static void
snippet_marks_words(void **state)
{
	struct catalog		*cat = load();
	struct search		*q;
	struct snippet		 sn;
	struct buf		 b = { NULL, 0, 0, false };
	size_t			 i;

	(void)state;
	q = compile("forced", NULL);
	assert_true(search_snippet(q, cat->pubs[3], 80, &b, &sn));
	assert_int_equal(sn.nmarks, 2);
	for (i = 0; i < sn.nmarks; i++)
		assert_memory_equal(sn.text.ptr + sn.mark[i].start, "forced",
		    6);
	/* A one-line extract. */
	assert_null(memchr(sn.text.ptr, '\n', sn.text.len));
	buf_free(&b);
	search_free(q);
	catalog_free(cat);
}

/* An abstract without the query's words: its start, whole, unmarked. */
static void
snippet_without_words(void **state)
{
	struct catalog		*cat = load();
	struct search		*q;
	struct snippet		 sn;
	struct buf		 b = { NULL, 0, 0, false };

	(void)state;
	q = compile("trafficked", NULL);
	assert_true(search_snippet(q, cat->pubs[0], 80, &b, &sn));
	assert_int_equal(sn.nmarks, 0);
	assert_int_equal(sn.text.len, strlen("A study of fishers at sea and "
	    "of forced labour."));
	assert_memory_equal(sn.text.ptr, "A study of fishers at sea and of "
	    "forced labour.", sn.text.len);
	buf_free(&b);
	search_free(q);
	catalog_free(cat);
}

/* A word found far into the abstract: the extract starts with an ellipsis. */
static void
snippet_cut_before(void **state)
{
	struct catalog		*cat = load();
	struct search		*q;
	struct snippet		 sn;
	struct buf		 b = { NULL, 0, 0, false };

	(void)state;
	q = compile("labour", NULL);
	assert_true(search_snippet(q, cat->pubs[0], 8, &b, &sn));
	assert_true(sn.text.len > 3);
	assert_memory_equal(sn.text.ptr, "\xe2\x80\xa6", 3);
	assert_int_equal(sn.nmarks, 1);
	assert_memory_equal(sn.text.ptr + sn.mark[0].start, "labour", 6);
	/* The extract ends where the abstract does. */
	assert_memory_equal(sn.text.ptr + sn.text.len - 7, "labour.", 7);
	buf_free(&b);
	search_free(q);
	catalog_free(cat);
}

/*
 * Finding what a query means, on a catalogue of its own: each test names
 * the one record that only the feature under test can find.
 */
static const char meaning[] =
    "- {id: viet, title: Reintegration in Viet Nam, year: 2012}\n"
    "- {id: ghana, title: Procedures for Ghanaian Courts, year: 2017}\n"
    "- {id: coded, title: A Study Without Place Names, year: 2016,\n"
    "   countries: [SN]}\n"
    "- {id: fishing, title: Labour in the Fishing Industry, year: 2014}\n"
    "- {id: women, title: Women and Girls, year: 2013}\n"
    "- {id: trata, title: \"Trata de personas con fines de explotación\","
    "   year: 2013}\n"
    "- {id: us, title: Labor Rights, year: 2011}\n"
    "- {id: horn, title: Men from East Africa and the Horn, year: 2009}\n"
    "- {id: coded-et, title: Migrant Workers, year: 2015,\n"
    "   countries: [ET]}\n";

/* The ids found for the words of query, best first, joined by spaces. */
static void
meaning_ids(const char *query, unsigned off, char *buf, size_t size,
    char *fixed, size_t fixedsize)
{
	struct catalog		*cat = load_yaml(meaning);
	struct search		*q;
	struct search_hit	*hits;
	struct search_opts	 o = { .off = off };
	const struct search_correction *c;
	size_t			 n;

	q = compile(query, &o);
	assert_true(search_run(q, cat->pubs, cat->npubs, &hits, &n));
	join_ids(hits, n, buf, size);
	if (fixed != NULL) {
		c = search_corrections(q, &n);
		snprintf(fixed, fixedsize, "%s>%s", n > 0 ? c[0].typed : "",
		    n > 0 ? c[0].used : "");
	}
	free(hits);
	search_free(q);
	catalog_free(cat);
}

static void
expect_meaning(const char *query, unsigned off, const char *want)
{
	char	 got[512];

	meaning_ids(query, off, got, sizeof(got), NULL, 0);
	if (strcmp(got, want) != 0)
		fail_msg("search \"%s\" (off %#x): got \"%s\", want \"%s\"",
		    query, off, got, want);
}

static void
places(void **state)
{
	(void)state;
	/* Any name of a country, in any language; a region; a demonym. */
	expect_meaning("Vietnam", 0, "viet");
	expect_meaning("Vi\xc3\xaat Nam", 0, "viet");
	expect_meaning("Ghana", 0, "ghana");
	expect_meaning("West Africa", 0, "ghana coded");
	expect_meaning("Senegal", 0, "coded");
	expect_meaning("Vietnam", SEARCH_OFF_PLACES, "");
}

/* A place in quotes is the place; with --exact, only its words. */
static void
quoted_places(void **state)
{
	(void)state;
	expect_meaning("\"West Africa\"", 0, "ghana coded");
	expect_meaning("\"Vietnam\"", 0, "viet");
	expect_meaning("\"Viet Nam\" fishing", 0, "viet");
	expect_meaning("\"West Africa\"", SEARCH_OFF_ALL, "");
	expect_meaning("\"Horn of Africa\"", 0, "coded-et");
}

/*
 * A region typed without quotes also finds its words apart, all of them:
 * "East Africa and the Horn" for the Horn of Africa, here in a title.
 */
static void
region_words(void **state)
{
	(void)state;
	expect_meaning("Horn of Africa", 0, "horn coded-et");
	expect_meaning("Horn of Africa", SEARCH_OFF_PLACES, "horn");
	expect_meaning("West Africa", 0, "ghana coded");
}

static void
word_forms(void **state)
{
	(void)state;
	/* A family the stemmer misses; the other spelling; Spanish stems. */
	expect_meaning("fisheries", 0, "fishing");
	expect_meaning("fisheries", SEARCH_OFF_FAMILIES | SEARCH_OFF_THESAURUS,
	    "");
	expect_meaning("woman", 0, "women");
	expect_meaning("labour", 0, "fishing us");
	expect_meaning("labour", SEARCH_OFF_SPELLINGS | SEARCH_OFF_THESAURUS,
	    "fishing");
	expect_meaning("explotaciones", 0, "trata");
	expect_meaning("explotaciones", SEARCH_OFF_STEMS | SEARCH_OFF_TYPOS,
	    "");
}

static void
thesaurus(void **state)
{
	(void)state;
	/* trafficking in Spanish, and back; the words typed rank first. */
	expect_meaning("trafficking", 0, "trata");
	expect_meaning("trata", 0, "trata");
	expect_meaning("exploitation", 0, "trata");
	expect_meaning("exploitation", SEARCH_OFF_THESAURUS | SEARCH_OFF_TYPOS,
	    "");
	/* A term of two words that no record has: word by word. */
	expect_meaning("forced labour", SEARCH_OFF_TYPOS, "fishing us");
}

static void
typos(void **state)
{
	char	 got[512], fixed[128];

	(void)state;
	meaning_ids("fishng", 0, got, sizeof(got), fixed, sizeof(fixed));
	assert_string_equal(got, "fishing");
	assert_string_equal(fixed, "fishng>fishing");
	meaning_ids("fishng", SEARCH_OFF_ALL, got, sizeof(got), fixed,
	    sizeof(fixed));
	assert_string_equal(got, "");
	assert_string_equal(fixed, ">");
}

/* Issue 12: the same words and phrases find the same records. */
static void
word_order(void **state)
{
	char	 a[512], b[512];

	(void)state;
	ids_for("trafficked \"trafficked persons\"", a, sizeof(a));
	ids_for("\"trafficked persons\" trafficked", b, sizeof(b));
	assert_string_equal(a, b);
	assert_string_equal(a, "trafficked");
	ids_for("re-trafficking causes", a, sizeof(a));
	ids_for("causes re-trafficking", b, sizeof(b));
	assert_string_equal(a, b);
	ids_for("\"forced labour\" \"labour forced\"", a, sizeof(a));
	ids_for("\"labour forced\" \"forced labour\"", b, sizeof(b));
	assert_string_equal(a, b);
	assert_string_equal(a, "hyphen");
}

/* Hits, scores, corrections and suggestions of query over v[0..n). */
static void
results(struct search_cache *c, struct pub *const *v, size_t n,
    const char *query, char *buf, size_t size)
{
	struct search		*q;
	struct search_hit	*hits;
	const struct search_correction *fix;
	const char *const	*near;
	enum search_status	 st;
	char			 err[128];
	size_t			 nhits, i, k, len = 0;

	q = search_new(&query, 1, &st, err, sizeof(err));
	assert_non_null(q);
	search_use_cache(q, c);
	assert_true(search_run(q, v, n, &hits, &nhits));
	buf[0] = '\0';
	for (i = 0; i < nhits; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s %.17g\n",
		    hits[i].p->id.ptr, hits[i].score);
	fix = search_corrections(q, &k);
	for (i = 0; i < k; i++)
		len += (size_t)snprintf(buf + len, size - len, "fix %s %s\n",
		    fix[i].typed, fix[i].used);
	near = search_suggestions(q, &k);
	for (i = 0; near != NULL && i < k; i++)
		len += (size_t)snprintf(buf + len, size - len, "near %s\n",
		    near[i]);
	assert_true(len + 1 < size);
	free(hits);
	search_free(q);
}

/*
 * A cache of the records' words changes no result, and follows the
 * records it is given: fewer, or in another order.
 */
static void
cache_changes_nothing(void **state)
{
	static const char *const queries[] = {
		"fishrs", "forcd labour", "retraficking", "zzqx", "fishers",
		"sea fishrs", "lieux explotacion", "trafficked persns"
	};
	struct catalog		*cat = load();
	struct search_cache	*c = search_cache_new();
	struct pub		*v[16];
	char			 want[2048], got[2048];
	size_t			 i, k, n = cat->npubs, fixes = 0;

	(void)state;
	assert_non_null(c);
	assert_true(n <= 16);
	for (k = 0; k < 3; k++) {
		/* All, the last two left out, then all in reverse. */
		for (i = 0; i < n; i++)
			v[i] = cat->pubs[k == 2 ? n - 1 - i : i];
		if (k == 1)
			assert_true(search_cache_fill(c, v, n - 2));
		for (i = 0; i < sizeof(queries) / sizeof(queries[0]); i++) {
			results(NULL, v, k == 1 ? n - 2 : n, queries[i], want,
			    sizeof(want));
			results(c, v, k == 1 ? n - 2 : n, queries[i], got,
			    sizeof(got));
			assert_string_equal(got, want);
			fixes += strstr(want, "fix ") != NULL;
		}
	}
	/* The queries do have typos to correct. */
	assert_true(fixes >= 6);
	search_cache_free(c);
	catalog_free(cat);
}

/* What the last search_run() of q left: hits, corrections, suggestions. */
static void
describe_run(struct search *q, struct search_hit *hits, size_t nhits,
    char *buf, size_t size)
{
	const struct search_correction *fix;
	const char *const	*near;
	size_t			 i, k, len = 0;

	buf[0] = '\0';
	for (i = 0; i < nhits; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s %.17g\n",
		    hits[i].p->id.ptr, hits[i].score);
	fix = search_corrections(q, &k);
	for (i = 0; i < k; i++)
		len += (size_t)snprintf(buf + len, size - len, "fix %s %s\n",
		    fix[i].typed, fix[i].used);
	near = search_suggestions(q, &k);
	for (i = 0; near != NULL && i < k; i++)
		len += (size_t)snprintf(buf + len, size - len, "near %s\n",
		    near[i]);
	assert_true(len + 1 < size);
}

/*
 * One query run again (as browse does when its records change) leaves
 * what a first run leaves: no hit, correction or suggestion of the run
 * before is kept or counted twice.
 */
static void
run_again_starts_afresh(void **state)
{
	static const char *const queries[] = {
		"fishrs", "forcd labour", "zzqx", "fishers", "sea fishrs",
		"lieux explotacion", "qqqqq wwwww", "forcd labor"
	};
	struct catalog		*cat = load();
	struct search		*q;
	struct search_hit	*hits;
	struct search_opts	 opts;
	enum search_status	 st;
	char			 err[128], first[2048], again[2048];
	size_t			 i, k, nhits;

	(void)state;
	/* Typos corrected, and not (--exact): words suggested instead. */
	for (i = 0; i < 2 * sizeof(queries) / sizeof(queries[0]); i++) {
		memset(&opts, 0, sizeof(opts));
		opts.off = i % 2 ? SEARCH_OFF_TYPOS : 0;
		q = search_new_opts(&queries[i / 2], 1, &opts, &st, err,
		    sizeof(err));
		assert_non_null(q);
		assert_true(search_run(q, cat->pubs, cat->npubs, &hits,
		    &nhits));
		describe_run(q, hits, nhits, first, sizeof(first));
		free(hits);
		for (k = 0; k < 2; k++) {
			/* Over all records again, then over none, then all. */
			if (k == 1) {
				assert_true(search_run(q, cat->pubs, 0, &hits,
				    &nhits));
				free(hits);
			}
			assert_true(search_run(q, cat->pubs, cat->npubs, &hits,
			    &nhits));
			describe_run(q, hits, nhits, again, sizeof(again));
			free(hits);
			if (strcmp(first, again) != 0)
				fail_msg("\"%s\" run again:\n%s\nfirst:\n%s",
				    queries[i / 2], again, first);
		}
		search_free(q);
	}
	catalog_free(cat);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(places),
		cmocka_unit_test(quoted_places),
		cmocka_unit_test(region_words),
		cmocka_unit_test(word_forms),
		cmocka_unit_test(thesaurus),
		cmocka_unit_test(typos),
		cmocka_unit_test(word_order),
		cmocka_unit_test(title_outranks_abstract),
		cmocka_unit_test(accents_and_languages),
		cmocka_unit_test(stems_meet),
		cmocka_unit_test(hyphens),
		cmocka_unit_test(quick_count_agrees),
		cmocka_unit_test(long_words_count),
		cmocka_unit_test(phrases),
		cmocka_unit_test(common_words),
		cmocka_unit_test(bad_queries),
		cmocka_unit_test(snippet_marks_words),
		cmocka_unit_test(snippet_without_words),
		cmocka_unit_test(snippet_cut_before),
		cmocka_unit_test(cache_changes_nothing),
		cmocka_unit_test(run_again_starts_afresh),
	};

	return cmocka_run_group_tests_name("search", tests, NULL, NULL);
}
