/*
 * test_load.c: the catalogue loader.
 *
 * One test per kind of error, each asserting the line, the column and the
 * message; then the spellings YAML allows (block, flow, JSON, quoting,
 * block scalars, comments, CRLF, a byte order mark), which must all load
 * to the same records.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "load.h"
#include "testcat.h"

/*
 * Load yaml (len bytes; 0 means strlen) and expect it to fail with an
 * error at line:col whose message contains want.
 */
static void
expect_error_n(const char *yaml, size_t len, unsigned line, unsigned col,
    const char *want)
{
	struct diags	 d;
	struct catalog	*cat;
	size_t		 i;
	bool		 found = false;

	cat = testcat_load(yaml, len ? len : strlen(yaml), &d);
	assert_null(cat);
	for (i = 0; i < d.n; i++)
		if (d.v[i].at.line == line && d.v[i].at.col == col &&
		    strstr(d.v[i].msg, want) != NULL)
			found = true;
	if (!found) {
		fprintf(stderr, "wanted %u:%u: ...%s...; got:\n", line, col,
		    want);
		diags_print(&d, stderr, "  ", false);
		fail();
	}
	diags_free(&d);
}

static void
expect_error(const char *yaml, unsigned line, unsigned col, const char *want)
{
	expect_error_n(yaml, 0, line, col, want);
}

/* Exactly one diagnostic, so that errors do not cascade. */
static void
expect_single(const char *yaml)
{
	struct diags	 d;
	struct catalog	*cat;

	cat = testcat_load(yaml, strlen(yaml), &d);
	assert_null(cat);
	if (d.n != 1) {
		diags_print(&d, stderr, "  ", false);
		fail_msg("expected exactly one diagnostic, got %zu", d.n);
	}
	diags_free(&d);
}

/*
 * Errors.
 */

static void
unknown_key_suggests(void **state)
{
	(void)state;
	expect_error("publications:\n  - title: A\n    yeer: 2015\n", 3, 5,
	    "unknown key 'yeer' in publication; did you mean 'year'?");
	/* ... and says nothing more about the missing year. */
	expect_single("publications:\n  - title: A\n    yeer: 2015\n");
	expect_error("publications:\n  - {title: A, year: 2015, colour: red}\n",
	    2, 28, "unknown key 'colour' in publication");
	expect_error("catalog: {titel: X}\npublications: []\n", 1, 11,
	    "unknown key 'titel' in catalog header; did you mean 'title'?");
	expect_error("publikations: []\n", 1, 1,
	    "did you mean 'publications'?");
}

static void
duplicate_key(void **state)
{
	(void)state;
	expect_error("publications:\n  - title: A\n    year: 2015\n"
	    "    title: B\n", 4, 5,
	    "duplicate key 'title' in publication (first at line 2)");
}

static void
wrong_kinds(void **state)
{
	(void)state;
	expect_error("- {title: {a: 1}, year: 2015}\n", 1, 11,
	    "'title' must be a string, not a mapping");
	expect_error("- {title: [a], year: 2015}\n", 1, 11,
	    "'title' must be a string, not a list");
	expect_error("- {title: A, year: 2015, languages: English}\n", 1, 37,
	    "'languages' must be a list of strings, not \"English\"");
	expect_error("- {title: A, year: 2015, languages: [[x]]}\n", 1, 38,
	    "item 1 of 'languages' must be a string, not a list");
	expect_error("- {title: A, year: 2015, languages: [en, null]}\n", 1, 42,
	    "item 2 of 'languages' must be a string, not null");
	expect_error("- {title: A, year: [2015]}\n", 1, 20,
	    "'year' must be an integer, not a list");
	expect_error("- {title: A, year: 2015, price: 30}\n", 1, 33,
	    "'price' must be a mapping, not \"30\"");
	expect_error("- {title: A, year: 2015, editions: {year: 2015}}\n", 1,
	    36, "'editions' must be a list of mappings, not a mapping");
	expect_error("publications: {title: A}\n", 1, 15,
	    "'publications' must be a list of mappings, not a mapping");
	expect_error("- just a string\n", 1, 3,
	    "item 1 of 'publications' must be a mapping");
	expect_error("- {[a]: 1, title: A, year: 2015}\n", 1, 4,
	    "keys of a publication must be plain strings");
}

static void
missing_required(void **state)
{
	(void)state;
	expect_error("publications:\n  - title: A\n", 2, 5,
	    "publication has no 'year'");
	expect_error("publications:\n  - year: 2015\n", 2, 5,
	    "publication has no 'title'");
	expect_error("catalog: {title: X}\n", 1, 1,
	    "catalogue has no 'publications'");
	expect_error("- {title: A, year: 2015, price: {amount: 3}}\n", 1, 33,
	    "price has no 'currency'");
	expect_error("- {title: A, year: 2015, editions: [{pages: 3}]}\n", 1,
	    37, "edition has no 'year'");
	expect_error("- {title: null, year: 2015}\n", 1, 11,
	    "'title' must not be null");
	expect_error("- {title: A, year: ~}\n", 1, 20,
	    "'year' must not be null");
}

static void
empty_values(void **state)
{
	(void)state;
	expect_error("- {title: \"\", year: 2015}\n", 1, 11,
	    "'title' must not be empty");
	expect_error("- {title: '', year: 2015}\n", 1, 11,
	    "'title' must not be empty");
	expect_error("- {id: \"\", title: A, year: 2015}\n", 1, 8,
	    "'id' must not be empty");
	expect_error("- {title: A, year: 2015, isbn: [\"\"]}\n", 1, 33,
	    "item 1 of 'isbn' must not be empty");
}

static void
duplicate_ids(void **state)
{
	(void)state;
	expect_error("- {id: x, title: A, year: 2015}\n"
	    "- {id: y, title: B, year: 2015}\n"
	    "- {id: x, title: C, year: 2015}\n", 3, 4,
	    "duplicate id 'x' (first used at line 1)");
	expect_error("- {id: \"a b\", title: A, year: 2015}\n", 1, 8,
	    "'id' must be a word without spaces or control characters");
}

static void
numbers_strict(void **state)
{
	(void)state;
	expect_error("- {title: A, year: 0x7df}\n", 1, 20,
	    "'year' must be a base-10 integer");
	expect_error("- {title: A, year: 02015}\n", 1, 20,
	    "not \"02015\"");
	expect_error("- {title: A, year: 2015.0}\n", 1, 20,
	    "not \"2015.0\"");
	expect_error("- {title: A, year: +2015}\n", 1, 20, "not \"+2015\"");
	expect_error("- {title: A, year: 2_015}\n", 1, 20, "not \"2_015\"");
	expect_error("- {title: A, year: 1e3}\n", 1, 20, "not \"1e3\"");
	expect_error("- {title: A, year: -2015}\n", 1, 20, "not \"-2015\"");
	expect_error("- {title: A, year: 20155}\n", 1, 20,
	    "'year' must be from 1000 to 9999, not 20155");
	expect_error("- {title: A, year: 999}\n", 1, 20,
	    "'year' must be from 1000 to 9999, not 999");
	expect_error("- {title: A, year: 2015, pages: 0}\n", 1, 33,
	    "'pages' must be from 1 to 1000000, not 0");
	expect_error("- {title: A, year: 99999999999999999999999}\n", 1, 20,
	    "'year' must be from 1000 to 9999");
	expect_error("- {title: A, year: 2015, price: {amount: 3.999, "
	    "currency: USD}}\n", 1, 42, "'amount' must be a decimal amount");
	expect_error("- {title: A, year: 2015, price: {amount: 30, "
	    "currency: usd}}\n", 1, 56, "'currency' must be a three-letter");
}

static void
vocabulary(void **state)
{
	(void)state;
	expect_error("- {title: A, year: 2015, availability: [pdf, online]}\n",
	    1, 46, "item 2 of 'availability' must be \"pdf\" or \"hardcopy\"");
	expect_error("- {title: A, year: 2015, availability: [pdf, pdf]}\n",
	    1, 46, "item 2 of 'availability' repeats an earlier item");
}

static void
anchors_aliases_tags(void **state)
{
	(void)state;
	expect_error("- &r {title: A, year: 2015}\n", 1, 3,
	    "anchors are not allowed in a catalogue (r)");
	expect_error("- {title: A, year: 2015, isbn: *x}\n", 1, 32,
	    "aliases are not allowed in a catalogue (x)");
	/* A core tag that does not agree with its field is refused. */
	expect_error("- {title: !!int 5, year: 2015}\n", 1, 11,
	    "explicit tags are not allowed in a catalogue (!!int)");
	expect_error("- {title: A, year: !!str 2015}\n", 1, 20,
	    "explicit tags are not allowed in a catalogue (!!str)");
	expect_error("- {title: A, year: 2015, notes: !!bool true}\n", 1, 33,
	    "explicit tags are not allowed in a catalogue (!!bool)");
	expect_error("- {title: A, year: 2015, notes: !!null x}\n", 1, 33,
	    "explicit tags are not allowed in a catalogue (!!null)");
	expect_error("- {title: A, year: 2015, isbn: !!seq x}\n", 1, 32,
	    "explicit tags are not allowed in a catalogue (!!seq)");
	expect_error("- {!!int 1: A, year: 2015}\n", 1, 4,
	    "explicit tags are not allowed in a catalogue (!!int)");
	expect_error("- !pub {title: A, year: 2015}\n", 1, 3,
	    "explicit tags are not allowed in a catalogue (!pub)");
	/* A merge key is an unknown key; its alias is refused first. */
	expect_error("- {<<: *base, title: A, year: 2015}\n", 1, 8,
	    "aliases are not allowed");
}

/* Core tags that agree with the field: what PyYAML's default_style='"' writes. */
static void
core_tags_that_fit(void **state)
{
	struct catalog	*cat;
	struct pub	*p;

	(void)state;
	cat = testcat("!!seq\n- !!map {!!str title: !!str A, year: !!int "
	    "\"2015\", pages: !!int \"9\", languages: !!seq [!!str en], "
	    "price: {amount: !!float \"2.50\", currency: USD}, notes: "
	    "!!null \"\", abstract: !!str null}\n");
	p = cat->pubs[0];
	assert_string_equal(p->title.ptr, "A");
	assert_int_equal(p->year, 2015);
	assert_int_equal(p->pages, 9);
	assert_int_equal(p->languages.n, 1);
	assert_int_equal(p->price.cents, 250);
	assert_false(str_present(p->notes));
	assert_string_equal(p->abstract.ptr, "null");
	catalog_free(cat);
}

static void
documents(void **state)
{
	(void)state;
	expect_error("publications: []\n---\npublications: []\n", 2, 1,
	    "a second YAML document; a catalogue is a single document");
	expect_error("", 1, 1, "the catalogue is empty: no YAML document");
	expect_error("# only a comment\n", 2, 1, "the catalogue is empty");
	expect_error("hello\n", 1, 1, "a catalogue must be a mapping with "
	    "'publications', or a list of publications, not \"hello\"");
}

static void
libyaml_errors(void **state)
{
	(void)state;
	/* A syntax error: only it is reported, not a cascade. */
	expect_error("publications:\n  - title: A\n   year: 2015\n", 3, 4,
	    "invalid YAML: did not find expected '-' indicator");
	expect_single("publications:\n  - title: A\n   year: 2015\n");
	expect_error("- {title: \"A, year: 2015}\n", 2, 1,
	    "invalid YAML: found unexpected end of stream while scanning "
	    "a quoted scalar started at line 1, column 11");
	/* Reader errors carry a byte offset; the loader finds the place. */
	expect_error("- {title: A\xff, year: 2015}\n", 1, 12,
	    "invalid input: invalid leading UTF-8 octet (0xFF)");
	expect_error("- {title: A, year: 2015}\n- {title: \x01}\n", 2, 11,
	    "invalid input: control characters are not allowed (0x01)");
	expect_error("\xef\xbb\xbf- {title: A\xff, year: 2015}\n", 1, 12,
	    "invalid input: invalid leading UTF-8 octet");
	expect_error("x: y\r\n- {title: \xc3\xa9\xff}\r\n", 2, 12,
	    "invalid");
	expect_error_n("- {title: A\0B, year: 2015}\n", 26, 1, 12,
	    "control characters are not allowed (0x00)");
}

static void
depth_limit(void **state)
{
	char	 deep[256];
	size_t	 i;

	(void)state;
	for (i = 0; i < 100; i++)
		deep[i] = '[';
	deep[i] = '\0';
	expect_error(deep, 1, LOAD_MAX_DEPTH + 1, "nesting deeper than");
}

/*
 * What loads, and that every spelling of the same data loads the same.
 */

static bool
str_same(struct str a, struct str b)
{
	if (a.ptr == NULL || b.ptr == NULL)
		return a.ptr == b.ptr;
	return a.len == b.len && memcmp(a.ptr, b.ptr, a.len) == 0;
}

static bool
list_same(const struct strlist *a, const struct strlist *b)
{
	size_t	 i;

	if (a->n != b->n)
		return false;
	for (i = 0; i < a->n; i++)
		if (!str_same(a->v[i], b->v[i]))
			return false;
	return true;
}

static void
assert_same_pub(const struct pub *a, const struct pub *b)
{
	size_t	 i;

	assert_true(str_same(a->id, b->id));
	assert_true(str_same(a->title, b->title));
	assert_int_equal(a->year, b->year);
	assert_int_equal(a->pages, b->pages);
	assert_true(list_same(&a->languages, &b->languages));
	assert_true(list_same(&a->isbn, &b->isbn));
	assert_true(list_same(&a->eisbn, &b->eisbn));
	assert_true(str_same(a->issn, b->issn));
	assert_true(str_same(a->price.amount, b->price.amount));
	assert_true(str_same(a->price.currency, b->price.currency));
	assert_int_equal(a->price.cents, b->price.cents);
	assert_true(list_same(&a->availability, &b->availability));
	assert_int_equal(a->avail, b->avail);
	assert_int_equal(a->neditions, b->neditions);
	for (i = 0; i < a->neditions; i++) {
		assert_int_equal(a->editions[i]->year, b->editions[i]->year);
		assert_int_equal(a->editions[i]->pages, b->editions[i]->pages);
		assert_true(list_same(&a->editions[i]->languages,
		    &b->editions[i]->languages));
		assert_true(list_same(&a->editions[i]->isbn,
		    &b->editions[i]->isbn));
	}
	assert_true(str_same(a->abstract, b->abstract));
	assert_true(str_same(a->notes, b->notes));
}

static const char block_style[] =
    "# The same record, written in block style.\n"
    "catalog:\n"
    "  title: Test\n"
    "publications:\n"
    "  - id: r1\n"
    "    title: \"Caring: a guide\"\n"
    "    year: 2009\n"
    "    pages: 231\n"
    "    languages: [English, Spanish]\n"
    "    isbn:\n"
    "      - 978-92-9068-466-4\n"
    "    issn: 1607-338X\n"
    "    price: {amount: 12.50, currency: USD}\n"
    "    availability: [hardcopy, pdf]\n"
    "    editions:\n"
    "      - year: 2009\n"
    "        pages: 231\n"
    "        languages: [English]\n"
    "        isbn: [978-92-9068-466-4]\n"
    "    abstract: |-\n"
    "      First paragraph,\n"
    "      one line.\n"
    "\n"
    "      Second paragraph.\n"
    "    notes: >-\n"
    "      Folded\n"
    "      text.\n";

static const char flow_style[] =
    "{catalog: {title: Test}, publications: [{id: r1, title: 'Caring: a "
    "guide', year: '2009', pages: \"231\", languages: [English, Spanish], "
    "isbn: [978-92-9068-466-4], issn: 1607-338X, price: {currency: USD, "
    "amount: '12.50'}, availability: [hardcopy, pdf], editions: [{year: "
    "2009, pages: 231, languages: [English], isbn: [978-92-9068-466-4]}], "
    "abstract: \"First paragraph,\\none line.\\n\\nSecond paragraph.\", "
    "notes: Folded text.}]}";

static const char json_style[] =
    "{\"catalog\": {\"title\": \"Test\"}, \"publications\": [{\"id\": "
    "\"r1\", \"title\": \"Caring: a guide\", \"year\": 2009, \"pages\": "
    "231, \"languages\": [\"English\", \"Spanish\"], \"isbn\": "
    "[\"978-92-9068-466-4\"], \"eisbn\": [], \"issn\": \"1607-338X\", "
    "\"price\": {\"amount\": 12.50, \"currency\": \"USD\"}, "
    "\"availability\": [\"hardcopy\", \"pdf\"], \"editions\": [{\"year\": "
    "2009, \"pages\": 231, \"languages\": [\"English\"], \"isbn\": "
    "[\"978-92-9068-466-4\"]}], \"abstract\": \"First paragraph,\\none "
    "line.\\n\\nSecond paragraph.\", \"notes\": \"Folded text.\"}]}";

static void
spellings_agree(void **state)
{
	struct catalog	*a, *b, *c, *d;
	char		*crlf, *bom;
	size_t		 i, o;

	(void)state;
	a = testcat(block_style);
	b = testcat(flow_style);
	c = testcat(json_style);
	/* The block style again, with CRLF line ends and a BOM. */
	crlf = malloc(sizeof(block_style) * 2 + 3);
	assert_non_null(crlf);
	memcpy(crlf, "\xef\xbb\xbf", 3);
	for (i = 0, o = 3; block_style[i] != '\0'; i++) {
		if (block_style[i] == '\n')
			crlf[o++] = '\r';
		crlf[o++] = block_style[i];
	}
	crlf[o] = '\0';
	bom = crlf;
	d = testcat(bom);

	assert_int_equal(a->npubs, 1);
	assert_true(str_eq(a->pubs[0]->abstract,
	    "First paragraph,\none line.\n\nSecond paragraph."));
	assert_true(str_eq(a->pubs[0]->notes, "Folded text."));
	assert_int_equal(a->pubs[0]->price.cents, 1250);
	assert_int_equal(a->pubs[0]->avail, AVAIL_PDF | AVAIL_HARDCOPY);
	assert_true(str_eq(a->info.title, "Test"));
	assert_same_pub(a->pubs[0], b->pubs[0]);
	assert_same_pub(a->pubs[0], c->pubs[0]);
	assert_same_pub(a->pubs[0], d->pubs[0]);
	catalog_free(a);
	catalog_free(b);
	catalog_free(c);
	catalog_free(d);
	free(crlf);
}

static void
nulls_are_absent(void **state)
{
	struct catalog	*cat;
	const struct pub *p;

	(void)state;
	cat = testcat("- {title: A, year: 2015, pages: ~, isbn: null, "
	    "issn: , price: NULL, abstract: Null, editions: []}\n");
	p = cat->pubs[0];
	assert_int_equal(p->pages, 0);
	assert_int_equal(p->isbn.n, 0);
	assert_null(p->issn.ptr);
	assert_null(p->price.currency.ptr);
	assert_null(p->abstract.ptr);
	assert_int_equal(p->neditions, 0);
	/* A quoted "null" is a string. */
	catalog_free(cat);
	cat = testcat("- {title: \"null\", year: 2015}\n");
	assert_true(str_eq(cat->pubs[0]->title, "null"));
	catalog_free(cat);
}

/* pub_has() and the field names: every field, present and absent. */
static void
fields_present(void **state)
{
	struct catalog	*full, *bare;
	int		 f;

	(void)state;
	full = testcat("- {id: r1, title: T, year: 2009, pages: 2, languages: "
	    "[en], countries: [GH], isbn: [978-92-9068-466-4], "
	    "eisbn: [978-92-9068-467-1], "
	    "issn: 1607-338X, price: {amount: 1, currency: USD}, "
	    "availability: [pdf], editions: [{year: 2009}], abstract: A, "
	    "notes: N, url: \"https://example.org/r1\"}\n");
	bare = testcat("- {title: T, year: 2009}\n");
	for (f = 0; f < FIELD__COUNT; f++) {
		assert_int_equal(field_lookup(field_name((enum field)f),
		    strlen(field_name((enum field)f))), f);
		if (!pub_has(full->pubs[0], (enum field)f))
			fail_msg("the full record lacks %s",
			    field_name((enum field)f));
		/* The bare record has its title, year and derived id. */
		assert_int_equal(pub_has(bare->pubs[0], (enum field)f),
		    f == FIELD_ID || f == FIELD_TITLE || f == FIELD_YEAR);
	}
	assert_false(pub_has(full->pubs[0], FIELD__COUNT));
	assert_string_equal(field_name(FIELD__COUNT), "?");
	assert_int_equal(field_lookup("titles", 6), -1);
	assert_int_equal(field_lookup("tit", 3), -1);
	catalog_free(full);
	catalog_free(bare);
}

/* What a user types: a key in the singular or the plural, or "available". */
static void
field_names_users_write(void **state)
{
	static const struct {
		const char	*name;
		int		 field;
	} cases[] = {
		{ "language", FIELD_LANGUAGES }, { "languages", FIELD_LANGUAGES },
		{ "edition", FIELD_EDITIONS }, { "editions", FIELD_EDITIONS },
		{ "note", FIELD_NOTES }, { "notes", FIELD_NOTES },
		{ "page", FIELD_PAGES }, { "years", FIELD_YEAR },
		{ "titles", FIELD_TITLE }, { "isbns", FIELD_ISBN },
		{ "available", FIELD_AVAILABILITY }, { "ids", FIELD_ID },
		{ "Language", -1 }, { "lang", -1 }, { "", -1 }, { "s", -1 },
	};
	size_t	 i;
	int	 f;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(field_find(cases[i].name,
		    strlen(cases[i].name)), cases[i].field);
	/* Every key is found as itself, and is what the file calls it. */
	for (f = 0; f < FIELD__COUNT; f++) {
		assert_int_equal(field_find(field_name((enum field)f),
		    strlen(field_name((enum field)f))), f);
		assert_string_equal(field_info((enum field)f)->name,
		    field_name((enum field)f));
	}
	assert_string_equal(field_suggest("langauge", 8), "languages");
	assert_null(field_suggest("xyzzy", 5));
	assert_string_equal(field_list(), "id, title, year, pages, languages, "
	    "countries, isbn, eisbn, issn, price, availability, editions, "
	    "abstract, notes and url");
}

static void
embedded_nul_kept(void **state)
{
	struct catalog	*cat;

	(void)state;
	cat = testcat("- {title: \"A\\0B\\e\", year: 2015}\n");
	assert_int_equal(cat->pubs[0]->title.len, 4);
	assert_memory_equal(cat->pubs[0]->title.ptr, "A\0B\033", 4);
	catalog_free(cat);
}

static void
derived_ids(void **state)
{
	struct catalog	*cat;

	(void)state;
	cat = testcat("- {title: \"État des lieux: la traite\", year: 2015}\n"
	    "- {title: \"Etat des lieux\", year: 2015}\n"
	    "- {id: etat-des-lieux-2015-2, title: X, year: 2015}\n");
	assert_true(str_eq(cat->pubs[0]->id, "etat-des-lieux-2015"));
	assert_true(cat->pubs[0]->id_derived);
	/* "-2" is taken by a later record's own id. */
	assert_true(str_eq(cat->pubs[1]->id, "etat-des-lieux-2015-3"));
	assert_false(cat->pubs[2]->id_derived);
	catalog_free(cat);
}

static void
positions_recorded(void **state)
{
	struct catalog	*cat;
	const struct pub *p;

	(void)state;
	cat = testcat("publications:\n"
	    "  - title: A\n"
	    "    year: 2015\n"
	    "    isbn: [978-92-9068-466-4, 978-92-9068-555-5]\n");
	p = cat->pubs[0];
	assert_int_equal(p->at.line, 2);
	assert_int_equal(p->at.col, 5);
	assert_int_equal(p->field_at[FIELD_YEAR].line, 3);
	assert_int_equal(p->isbn.at[1].line, 4);
	assert_int_equal(p->isbn.at[1].col, 31);
	assert_int_equal(p->field_at[FIELD_ISSN].line, 0);
	catalog_free(cat);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(unknown_key_suggests),
		cmocka_unit_test(duplicate_key),
		cmocka_unit_test(wrong_kinds),
		cmocka_unit_test(missing_required),
		cmocka_unit_test(empty_values),
		cmocka_unit_test(duplicate_ids),
		cmocka_unit_test(fields_present),
		cmocka_unit_test(field_names_users_write),
		cmocka_unit_test(numbers_strict),
		cmocka_unit_test(vocabulary),
		cmocka_unit_test(anchors_aliases_tags),
		cmocka_unit_test(core_tags_that_fit),
		cmocka_unit_test(documents),
		cmocka_unit_test(libyaml_errors),
		cmocka_unit_test(depth_limit),
		cmocka_unit_test(spellings_agree),
		cmocka_unit_test(nulls_are_absent),
		cmocka_unit_test(embedded_nul_kept),
		cmocka_unit_test(derived_ids),
		cmocka_unit_test(positions_recorded),
	};

	return cmocka_run_group_tests_name("load", tests, NULL, NULL);
}
