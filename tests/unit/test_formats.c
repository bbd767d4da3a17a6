/*
 * test_formats.c: the output formats jsonl, tsv, csv, yaml, rec, bibtex,
 * ris and template, captured with open_memstream.
 *
 * Each format is checked against exact expected text for small records
 * (escapes, quoting, multi-line values, --fields), yaml by loading what
 * it wrote and comparing the records, template's parser by its errors,
 * and every format, on data full of control characters, for never
 * letting one through raw.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "format.h"
#include "ids.h"
#include "out.h"
#include "testcat.h"

/* The records of cat in format f; the caller frees. */
static char *
render(enum format f, const struct catalog *cat,
    const struct format_opts *opts, size_t *len)
{
	struct format_opts	 o = { 0 };
	struct out		 out;
	FILE			*fp;
	char			*buf = NULL;
	size_t			 n = 0;

	if (opts != NULL)
		o = *opts;
	o.info = &cat->info;
	fp = open_memstream(&buf, &n);
	assert_non_null(fp);
	out_init(&out, fp, false, false, 0);
	format_write(f, &out, cat->pubs, cat->npubs, &o);
	assert_false(out_failed(&out));
	assert_int_equal(fclose(fp), 0);
	if (len != NULL)
		*len = n;
	return buf;
}

static void
expect_output(enum format f, const char *yaml,
    const struct format_opts *opts, const char *want)
{
	struct catalog	*cat = testcat(yaml);
	char		*got;

	got = render(f, cat, opts, NULL);
	assert_string_equal(got, want);
	free(got);
	catalog_free(cat);
}

static const char one[] =
    "- id: x\n"
    "  title: \"A\\tB\\\\C, \\\"D\\\"\\e[1m\"\n"
    "  year: 2015\n"
    "  pages: 12\n"
    "  languages: [English, French]\n"
    "  price: {amount: 12.50, currency: EUR}\n"
    "  abstract: \"One.\\n\\nTwo.\"\n";

/*
 * tsv
 */

static void
tsv_escapes(void **state)
{
	(void)state;
	expect_output(FORMAT_TSV, one, NULL,
	    "id\ttitle\tyear\tpages\tlanguages\tcountries\tisbn\teisbn\tissn\t"
	    "price\tavailability\teditions\tabstract\tnotes\turl\n"
	    "x\tA\\tB\\\\C, \"D\"\\x1b[1m\t2015\t12\tEnglish; French\t\t\t\t\t"
	    "12.50 EUR\t\t\tOne.\\n\\nTwo.\t\t\n");
}

static void
tsv_fields(void **state)
{
	static const enum field f[] = { FIELD_YEAR, FIELD_ID,
	    FIELD_LANGUAGES };
	struct format_opts	 o = { 0 };

	(void)state;
	o.fields = f;
	o.nfields = 3;
	expect_output(FORMAT_TSV, one, &o,
	    "year\tid\tlanguages\n2015\tx\tEnglish; French\n");
}

/* U+2028 is a line break to some readers; a value keeps to its line. */
static void
tsv_line_separators(void **state)
{
	static const enum field f[] = { FIELD_TITLE };
	struct format_opts	 o = { 0 };

	(void)state;
	o.fields = f;
	o.nfields = 1;
	expect_output(FORMAT_TSV, "- {title: \"a\\Lb\\Pc\\u202ed\", "
	    "year: 2015}\n", &o, "title\na\\u2028b\\u2029c\\u202ed\n");
}

/*
 * csv
 */

static void
csv_quoting(void **state)
{
	(void)state;
	expect_output(FORMAT_CSV, one, NULL,
	    "id,title,year,pages,languages,countries,isbn,eisbn,issn,price,"
	    "currency,availability,editions,abstract,notes,url\r\n"
	    "x,\"A\\tB\\C, \"\"D\"\"\\x1b[1m\",2015,12,English; French,,,,,"
	    "12.50,EUR,,,\"One.\n\nTwo.\",,\r\n");
}

/* --bom: the byte-order mark, then the header. */
static void
csv_bom(void **state)
{
	static const enum field f[] = { FIELD_ID, FIELD_PRICE };
	struct format_opts	 o = { 0 };

	(void)state;
	o.fields = f;
	o.nfields = 2;
	o.bom = true;
	expect_output(FORMAT_CSV, one, &o,
	    "\xef\xbb\xbfid,price,currency\r\nx,12.50,EUR\r\n");
}

static const char formulas[] =
    "- {id: a, title: \"=1+1\", year: 2015, languages: [\"+x\"],"
    "   abstract: \"-1\", notes: \"@SUM(A1)\"}\n"
    "- {id: b, title: \"\\tx\", year: 2015, languages: [\"a=b\"],"
    "   abstract: \"=a,b\", notes: \"ok\"}\n";

static void
csv_formula_guard(void **state)
{
	static const enum field f[] = { FIELD_TITLE, FIELD_LANGUAGES,
	    FIELD_ABSTRACT, FIELD_NOTES };
	struct format_opts	 o = { 0 };

	(void)state;
	o.fields = f;
	o.nfields = 4;
	expect_output(FORMAT_CSV, formulas, &o,
	    "title,languages,abstract,notes\r\n"
	    "'=1+1,'+x,'-1,'@SUM(A1)\r\n"
	    "'\\tx,a=b,\"'=a,b\",ok\r\n");
	o.csv_raw = true;
	expect_output(FORMAT_CSV, formulas, &o,
	    "title,languages,abstract,notes\r\n"
	    "=1+1,+x,-1,@SUM(A1)\r\n"
	    "\\tx,a=b,\"=a,b\",ok\r\n");
}

/*
 * jsonl
 */

static void
jsonl_lines(void **state)
{
	static const enum field f[] = { FIELD_ID, FIELD_ABSTRACT };
	struct format_opts	 o = { 0 };

	(void)state;
	o.fields = f;
	o.nfields = 2;
	expect_output(FORMAT_JSONL, "- {id: a, title: A, year: 2015, "
	    "abstract: \"x\\ny\"}\n- {id: b, title: B, year: 2016}\n", &o,
	    "{\"id\": \"a\", \"abstract\": \"x\\ny\"}\n"
	    "{\"id\": \"b\", \"abstract\": null}\n");
	expect_output(FORMAT_JSONL, "- {id: a, title: A, year: 2015, "
	    "editions: [{year: 2015, isbn: [\"1\"]}, {year: 2016}]}\n", NULL,
	    "{\"id\": \"a\", \"title\": \"A\", \"year\": 2015, \"pages\": "
	    "null, \"languages\": [], \"countries\": [], \"isbn\": [], "
	    "\"eisbn\": [], \"issn\": "
	    "null, \"price\": null, \"availability\": [], \"editions\": "
	    "[{\"year\": 2015, \"pages\": null, \"languages\": [], \"isbn\": "
	    "[\"1\"]},{\"year\": 2016, \"pages\": null, \"languages\": [], "
	    "\"isbn\": []}], \"abstract\": null, \"notes\": null, "
	    "\"url\": null}\n");
}

/*
 * yaml
 */

/* Every kind of value, and strings that are hard to write back. */
static const char hostile[] =
    "catalog:\n"
    "  title: \"T\\e[2J\"\n"
    "  publisher: \"P & Q {x} 100% \\\\\"\n"
    "  edition: \"E\\Lf\"\n"
    "  ordering:\n"
    "    bookstore: b\n"
    "    email: \"=e\"\n"
    "    address: a\n"
    "    telephone: t\n"
    "    fax: f\n"
    "    currencies: [CHF, EUR]\n"
    "    payment: [\"a, b\", c]\n"
    "    how_to_order: \"Line one.\\n\\nLine two.\"\n"
    "  notes: \" lead\"\n"
    "publications:\n"
    "  - id: \"ct+\\u00e9\"\n"
    "    title: \"N\\0E\\eB\\aD\\x7fC\\x9bN\\NL\\LP\\Pr\\u202eb\\uFEFFz\"\n"
    "    year: 2015\n"
    "    pages: 7\n"
    "    languages: [\"Bosnia and Herzegovina\", \"=x\", \"\\t\"]\n"
    "    isbn: [\"978-92-9068-466-4\", \"1\"]\n"
    "    eisbn: [\"2\"]\n"
    "    issn: \"1813-2278\"\n"
    "    price: {amount: 0.50, currency: USD}\n"
    "    availability: [hardcopy, pdf]\n"
    "    editions:\n"
    "      - {year: 2014, pages: 3, languages: [\"a, b\"], isbn: [\"9\"]}\n"
    "      - {year: 2015}\n"
    "    abstract: \"  lead\\ntrail  \\n\\n\\nx\\r\\nback\\\\\\n\\tt\\n-d "
    "\\\"q\\\", c\\n@a & 5% $x #y _z {b} ~t ^c\"\n"
    "    notes: \"\\nfirst and last empty\\n\"\n"
    "  - id: plain\n"
    "    title: \"@home, \\\"q\\\"\"\n"
    "    year: 1999\n"
    "    abstract: \"Para one.\\n\\nPara two: # not a comment.\\n- a "
    "list\"\n"
    "    notes: \"\"\n"
    "  - id: \"=\"\n"
    "    title: \"A\\\\\"\n"
    "    year: 2001\n"
    "    notes: \"line\\\\\\n\\\\\"\n";

static void
assert_same_str(struct str a, struct str b)
{
	assert_int_equal(str_present(a), str_present(b));
	assert_int_equal(a.len, b.len);
	if (a.len > 0)
		assert_memory_equal(a.ptr, b.ptr, a.len);
}

static void
assert_same_list(const struct strlist *a, const struct strlist *b)
{
	size_t	 i;

	assert_int_equal(a->n, b->n);
	for (i = 0; i < a->n; i++)
		assert_same_str(a->v[i], b->v[i]);
}

static void
assert_same_info(const struct catalog_info *a, const struct catalog_info *b)
{
	assert_same_str(a->title, b->title);
	assert_same_str(a->publisher, b->publisher);
	assert_same_str(a->edition, b->edition);
	assert_same_str(a->notes, b->notes);
	assert_same_str(a->ordering.bookstore, b->ordering.bookstore);
	assert_same_str(a->ordering.email, b->ordering.email);
	assert_same_str(a->ordering.address, b->ordering.address);
	assert_same_str(a->ordering.telephone, b->ordering.telephone);
	assert_same_str(a->ordering.fax, b->ordering.fax);
	assert_same_list(&a->ordering.currencies, &b->ordering.currencies);
	assert_same_list(&a->ordering.payment, &b->ordering.payment);
	assert_same_str(a->ordering.how_to_order, b->ordering.how_to_order);
}

static void
assert_same_pub(const struct pub *a, const struct pub *b)
{
	size_t	 i;

	assert_same_str(a->id, b->id);
	assert_same_str(a->title, b->title);
	assert_int_equal(a->year, b->year);
	assert_int_equal(a->pages, b->pages);
	assert_same_list(&a->languages, &b->languages);
	assert_same_list(&a->isbn, &b->isbn);
	assert_same_list(&a->eisbn, &b->eisbn);
	assert_same_str(a->issn, b->issn);
	assert_same_str(a->price.amount, b->price.amount);
	assert_same_str(a->price.currency, b->price.currency);
	assert_same_list(&a->availability, &b->availability);
	assert_int_equal(a->neditions, b->neditions);
	for (i = 0; i < a->neditions; i++) {
		assert_int_equal(a->editions[i]->year, b->editions[i]->year);
		assert_int_equal(a->editions[i]->pages, b->editions[i]->pages);
		assert_same_list(&a->editions[i]->languages,
		    &b->editions[i]->languages);
		assert_same_list(&a->editions[i]->isbn, &b->editions[i]->isbn);
	}
	assert_same_str(a->abstract, b->abstract);
	assert_same_str(a->notes, b->notes);
}

static void
yaml_round_trip(void **state)
{
	struct catalog	*a, *b;
	char		*y1, *y2;
	size_t		 len1, len2, i;

	(void)state;
	a = testcat(hostile);
	y1 = render(FORMAT_YAML, a, NULL, &len1);
	b = testcat_len(y1, len1);
	assert_same_info(&a->info, &b->info);
	assert_int_equal(a->npubs, b->npubs);
	for (i = 0; i < a->npubs; i++)
		assert_same_pub(a->pubs[i], b->pubs[i]);
	/* Written again, it is the same text. */
	y2 = render(FORMAT_YAML, b, NULL, &len2);
	assert_int_equal(len1, len2);
	assert_memory_equal(y1, y2, len1);
	free(y1);
	free(y2);
	catalog_free(a);
	catalog_free(b);
}

static void
yaml_literal_or_quoted(void **state)
{
	(void)state;
	expect_output(FORMAT_YAML, "- id: a\n  title: T\n  year: 2015\n"
	    "  abstract: \"One.\\n\\nTwo: #3 \\\\ \\\"q\\\"\"\n", NULL,
	    "publications:\n"
	    "  - id: \"a\"\n"
	    "    title: \"T\"\n"
	    "    year: 2015\n"
	    "    abstract: |-\n"
	    "      One.\n"
	    "\n"
	    "      Two: #3 \\ \"q\"\n");
	/* Leading or trailing spaces, or a final newline: quoted. */
	expect_output(FORMAT_YAML, "- {id: a, title: \" T\\nU\", year: 2015,"
	    " abstract: \"x \\ny\", notes: \"x\\ny\\n\"}\n", NULL,
	    "publications:\n"
	    "  - id: \"a\"\n"
	    "    title: \" T\\nU\"\n"
	    "    year: 2015\n"
	    "    abstract: \"x \\ny\"\n"
	    "    notes: \"x\\ny\\n\"\n");
}

static void
yaml_nothing(void **state)
{
	struct catalog		*cat = testcat("publications: []\n");
	struct format_opts	 o = { 0 };
	struct out		 out;
	FILE			*fp;
	char			*buf = NULL;
	size_t			 n = 0;

	(void)state;
	fp = open_memstream(&buf, &n);
	assert_non_null(fp);
	out_init(&out, fp, false, false, 0);
	o.info = &cat->info;
	format_write(FORMAT_YAML, &out, cat->pubs, 0, &o);
	assert_int_equal(fclose(fp), 0);
	assert_string_equal(buf, "publications: []\n");
	free(buf);
	catalog_free(cat);
}

/*
 * rec
 */

static void
rec_records(void **state)
{
	static const enum field f[] = { FIELD_TITLE, FIELD_LANGUAGES,
	    FIELD_NOTES };
	struct format_opts	 o = { 0 };

	(void)state;
	expect_output(FORMAT_REC, "- id: a\n  title: \"T\\e\"\n  year: 2015\n"
	    "  languages: [English, French]\n  price: {amount: 30, "
	    "currency: USD}\n  editions: [{year: 2015, pages: 3}]\n"
	    "  abstract: \"One.\\n\\n two\\\\\\nthree\\\\\"\n"
	    "- {id: b, title: B, year: 2016, notes: \"\"}\n", NULL,
	    "%rec: Publication\n"
	    "%key: id\n"
	    "%type: year int\n"
	    "%type: pages int\n"
	    "\n"
	    "id: a\n"
	    "title: T\\x1b\n"
	    "year: 2015\n"
	    "language: English\n"
	    "language: French\n"
	    "price: 30 USD\n"
	    "edition: 2015, 3 pages\n"
	    "abstract: One.\n"
	    "+\n"
	    "+  two\\\\\n"
	    "\n"
	    "+ three\\\\\n"
	    "\n"
	    "\n"
	    "id: b\n"
	    "title: B\n"
	    "year: 2016\n"
	    "notes:\n");
	/* Without id, year and pages, the descriptor claims none of them. */
	o.fields = f;
	o.nfields = 3;
	expect_output(FORMAT_REC, "- {id: a, title: A, year: 2015, "
	    "languages: [English]}\n", &o,
	    "%rec: Publication\n\ntitle: A\nlanguage: English\n");
}

/*
 * bibtex
 */

static void
bibtex_entry(void **state)
{
	(void)state;
	expect_output(FORMAT_BIBTEX,
	    "catalog: {publisher: \"P & Q (PQ)\", ordering: {address: "
	    "\"1 Main St, 1000 New Town 2, Land\"}}\n"
	    "publications:\n"
	    "- id: \"a=b+\\u00e9\"\n"
	    "  title: \"50% {x} $y #z _u ~v ^w \\\\ \\e\"\n"
	    "  year: 2015\n"
	    "  pages: 9\n"
	    "  languages: [English, Bosnia and Herzegovina]\n"
	    "  isbn: [\"1\", \"2\"]\n"
	    "  eisbn: [\"3\"]\n"
	    "  issn: \"4\"\n"
	    "  abstract: \"One\\n@two\\n\\nThree\"\n"
	    "  notes: N\n"
	    "- {id: plain, title: T, year: 2016, notes: N}\n", NULL,
	    "@book{a+3db+2b+c3+a9,\n"
	    "  author = {{P \\& Q}},\n"
	    "  title = {{50\\% \\textbraceleft{}x\\textbraceright{} \\$y "
	    "\\#z \\_u \\textasciitilde{}v \\textasciicircum{}w "
	    "\\textbackslash{} \\textbackslash{}x1b}},\n"
	    "  publisher = {P \\& Q},\n"
	    "  address = {New Town},\n"
	    "  year = {2015},\n"
	    "  pagetotal = {9},\n"
	    "  isbn = {1, 2, 3},\n"
	    "  issn = {4},\n"
	    "  language = {English and {Bosnia and Herzegovina}},\n"
	    "  abstract = {One\n"
	    "    @two\n"
	    "\n"
	    "    Three}\n"
	    "}\n"
	    "\n"
	    "@techreport{plain,\n"
	    "  author = {{P \\& Q}},\n"
	    "  title = {{T}},\n"
	    "  institution = {P \\& Q},\n"
	    "  address = {New Town},\n"
	    "  year = {2016}\n"
	    "}\n");
}

/*
 * ris
 */

static void
ris_record(void **state)
{
	(void)state;
	expect_output(FORMAT_RIS,
	    "catalog: {publisher: IOM, ordering: {address: \"X, Geneva, CH\"}}\n"
	    "publications:\n"
	    "- id: a\n"
	    "  title: \"T\\tU\"\n"
	    "  year: 2015\n"
	    "  pages: 9\n"
	    "  languages: [English, French]\n"
	    "  isbn: [\"1\"]\n"
	    "  eisbn: [\"2\"]\n"
	    "  issn: \"3\"\n"
	    "  abstract: \"One\\ntwo.\\n\\nThree.\"\n"
	    "  notes: N\n"
	    "- {id: b, title: B, year: 2016, notes: N}\n", NULL,
	    "TY  - BOOK\r\n"
	    "ID  - a\r\n"
	    "AU  - IOM\r\n"
	    "TI  - T\\tU\r\n"
	    "PY  - 2015\r\n"
	    "PB  - IOM\r\n"
	    "CY  - Geneva\r\n"
	    "SP  - 9\r\n"
	    "SN  - 1\r\n"
	    "SN  - 2\r\n"
	    "SN  - 3\r\n"
	    "LA  - English\r\n"
	    "LA  - French\r\n"
	    "AB  - One two. Three.\r\n"
	    "ER  - \r\n"
	    "\r\n"
	    "TY  - RPRT\r\n"
	    "ID  - b\r\n"
	    "AU  - IOM\r\n"
	    "TI  - B\r\n"
	    "PY  - 2016\r\n"
	    "PB  - IOM\r\n"
	    "CY  - Geneva\r\n"
	    "ER  - \r\n");
}

/*
 * template
 */

static void
expect_template_error(const char *tpl, const char *want)
{
	char	 err[512];

	err[0] = '\0';
	if (template_check(tpl, err, sizeof(err)))
		fail_msg("template '%s' was accepted", tpl);
	if (strstr(err, want) == NULL)
		fail_msg("template '%s': wanted ...%s..., got %s", tpl, want,
		    err);
}

static void
template_errors(void **state)
{
	char	 err[512];

	(void)state;
	assert_true(template_check("", err, sizeof(err)));
	assert_true(template_check("{id}\\t{{x}}\\n\\\\{notes}", err,
	    sizeof(err)));
	expect_template_error("{tilte}", "unknown field 'tilte' at column 1 "
	    "(did you mean 'title'?)");
	expect_template_error("ab{xyzzy}", "unknown field 'xyzzy' at "
	    "column 3; fields are id,");
	expect_template_error("{id", "'{' at column 1 is not closed");
	expect_template_error("a}", "'}' at column 2 closes no '{'");
	expect_template_error("{}", "'{}' at column 1 names no field");
	expect_template_error("\\q", "unknown escape '\\q' at column 1");
	expect_template_error("x\\", "'\\' at the end");
	expect_template_error("{id,title}", "unknown field 'id,title'");
}

static void
template_records(void **state)
{
	struct format_opts	 o = { 0 };

	(void)state;
	o.template = "{{{id}}}\\t{year}\\\\{pages}: {languages} {abstract}";
	expect_output(FORMAT_TEMPLATE, "- {id: a, title: A, year: 2015, "
	    "languages: [English, French], abstract: \"x\\ny\\e\"}\n"
	    "- {id: b, title: B, year: 2016}\n", &o,
	    "{a}\t2015\\: English, French x\\ny\\x1b\n"
	    "{b}\t2016\\:  \n");
}

/*
 * Every format, on data full of control characters, lets none through:
 * only newlines, the tabs of plain, tsv and table, and the CR of a CRLF.
 */
static void
assert_no_raw_controls(enum format f, const unsigned char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\n' || (s[i] == '\t' && (f == FORMAT_PLAIN ||
		    f == FORMAT_TSV || f == FORMAT_TABLE)))
			continue;
		if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
			continue;
		if (s[i] < 0x20 || s[i] == 0x7f)
			fail_msg("%s: raw control 0x%02x at byte %zu",
			    format_name(f), s[i], i);
		/* C1 controls: U+0080 to U+009F. */
		if (s[i] == 0xc2 && i + 1 < len && s[i + 1] >= 0x80 &&
		    s[i + 1] <= 0x9f)
			fail_msg("%s: raw C1 control at byte %zu",
			    format_name(f), i);
		/* Bidirectional embeddings, overrides and isolates. */
		if (s[i] == 0xe2 && i + 2 < len && ((s[i + 1] == 0x80 &&
		    s[i + 2] >= 0xaa && s[i + 2] <= 0xae) ||
		    (s[i + 1] == 0x81 && s[i + 2] >= 0xa6 && s[i + 2] <= 0xa9)))
			fail_msg("%s: raw bidirectional control at byte %zu",
			    format_name(f), i);
	}
}

static void
no_raw_controls(void **state)
{
	struct catalog		*cat = testcat(hostile);
	struct format_opts	 o = { 0 };
	char			*got;
	size_t			 len;
	int			 f;

	(void)state;
	o.template = "{title}|{abstract}|{notes}|{languages}|{editions}";
	for (f = 0; f < FORMAT__COUNT; f++) {
		got = render((enum format)f, cat, &o, &len);
		assert_true(len > 0);
		assert_no_raw_controls((enum format)f,
		    (const unsigned char *)got, len);
		free(got);
	}
	catalog_free(cat);
}

/*
 * browse's table: rows whose whole ids would cramp the title show their
 * unique starts, the ID column as wide as the widest of the rows given;
 * rows whose ids leave the title room show them whole.
 */
static char *
table_rows(struct table *t, struct pub *const *v, size_t n, size_t width)
{
	struct out	 out;
	FILE		*fp;
	char		*buf = NULL;
	size_t		 len = 0, i;

	fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	out_init(&out, fp, true, false, width);
	table_fit_rows(t, v, n);
	table_header(&out, t);
	for (i = 0; i < n; i++)
		table_row(&out, t, v[i]);
	assert_false(out_failed(&out));
	assert_int_equal(fclose(fp), 0);
	return buf;
}

static void
table_ids_for_browse(void **state)
{
	static const enum field	 fields[] = {
		FIELD_ID, FIELD_YEAR, FIELD_TITLE
	};
	struct catalog	*cat = testcat(
	    "- id: alpha-one-long-identifier-of-report\n"
	    "  title: The first of two reports with the same long start\n"
	    "  year: 2010\n"
	    "- id: alpha-two-long-identifier-of-report\n"
	    "  title: The second of two reports with the same long start\n"
	    "  year: 2011\n"
	    "- id: beta-2012\n"
	    "  title: A third report whose id is short, with a long title\n"
	    "  year: 2012\n");
	size_t		 uniq[4];
	struct table	*t;
	char		*got;

	(void)state;
	assert_true(ids_unique_prefixes(cat, uniq));
	t = table_new(cat->pubs, cat->npubs, fields, 3, uniq, 60);
	assert_non_null(t);
	got = table_rows(t, cat->pubs, cat->npubs, 60);
	assert_string_equal(got,
	    "ID        YEAR  TITLE\n"
	    "alpha-o\u2026  2010  The first of two reports with the same long\u2026\n"
	    "alpha-t\u2026  2011  The second of two reports with the same lon\u2026\n"
	    "beta-20\u2026  2012  A third report whose id is short, with a lo\u2026\n");
	free(got);
	got = table_rows(t, cat->pubs + 2, 1, 60);
	assert_string_equal(got,
	    "ID         YEAR  TITLE\n"
	    "beta-2012  2012  A third report whose id is short, with a l\u2026\n");
	free(got);
	table_free(t);
	catalog_free(cat);
}

/*
 * browse's table at widths from wide to tiny: fitted as the table is
 * (languages narrowed, then dropped, the year given up, ids cut to their
 * unique starts, at last the ids alone), whole ids kept while the title
 * still gets what it wants.
 */
static void
table_browse_widths(void **state)
{
	static const enum field	 fields[] = {
		FIELD_ID, FIELD_YEAR, FIELD_LANGUAGES, FIELD_TITLE
	};
	static const struct {
		size_t		 width;
		const char	*rows;
	} want[] = {
		{ 120,
		    "ID                     YEAR  LANGUAGES"
		    "                 TITLE\n"
		    "needs-assessment-2014  2014  English, Albanian,"
		    " Mace\u2026  Needs Assessment of the Shelters in the"
		    " Western Balkans\n"
		    "needs-review-2015      2015  French                    A Review\n" },
		{ 100,
		    "ID                     YEAR  LANGUAGES             TITLE\n"
		    "needs-assessment-2014  2014  English, Albanian, \u2026"
		    "  Needs Assessment of the Shelters in the Western \u2026\n"
		    "needs-review-2015      2015  French                A Review\n" },
		{ 90,
		    "ID                     YEAR  LANGUAGES           TITLE\n"
		    "needs-assessment-2014  2014  English, Albanian\u2026"
		    "  Needs Assessment of the Shelters in the \u2026\n"
		    "needs-review-2015      2015  French              A Review\n" },
		{ 80,
		    "ID                     YEAR  LANGUAGES         TITLE\n"
		    "needs-assessment-2014  2014  English, Albani\u2026  Needs"
		    " Assessment of the Shelters\u2026\n"
		    "needs-review-2015      2015  French            A Review\n" },
		{ 75,
		    "ID                     YEAR  LANGUAGES       TITLE\n"
		    "needs-assessment-2014  2014  English, Alba\u2026  Needs"
		    " Assessment of the Shelt\u2026\n"
		    "needs-review-2015      2015  French          A Review\n" },
		{ 70,
		    "ID                     YEAR  LANGUAGES    TITLE\n"
		    "needs-assessment-2014  2014  English, A\u2026  Needs"
		    " Assessment of the She\u2026\n"
		    "needs-review-2015      2015  French       A Review\n" },
		{ 64,
		    "ID                     YEAR  TITLE\n"
		    "needs-assessment-2014  2014  Needs Assessment of the"
		    " Shelters i\u2026\n"
		    "needs-review-2015      2015  A Review\n" },
		{ 60,
		    "ID                     YEAR  TITLE\n"
		    "needs-assessment-2014  2014  Needs Assessment of the"
		    " Shelte\u2026\n"
		    "needs-review-2015      2015  A Review\n" },
		{ 56,
		    "ID                     YEAR  TITLE\n"
		    "needs-assessment-2014  2014  Needs Assessment of the"
		    " Sh\u2026\n"
		    "needs-review-2015      2015  A Review\n" },
		{ 50,
		    "ID                     YEAR  TITLE\n"
		    "needs-assessment-2014  2014  Needs Assessment of \u2026\n"
		    "needs-review-2015      2015  A Review\n" },
		{ 45,
		    "ID        YEAR  TITLE\n"
		    "needs-a\u2026  2014  Needs Assessment of the Shel\u2026\n"
		    "needs-r\u2026  2015  A Review\n" },
		{ 40,
		    "ID        YEAR  TITLE\n"
		    "needs-a\u2026  2014  Needs Assessment of the\u2026\n"
		    "needs-r\u2026  2015  A Review\n" },
		{ 35,
		    "ID        YEAR  TITLE\n"
		    "needs-a\u2026  2014  Needs Assessment o\u2026\n"
		    "needs-r\u2026  2015  A Review\n" },
		{ 30,
		    "ID        TITLE\n"
		    "needs-a\u2026  Needs Assessment of\u2026\n"
		    "needs-r\u2026  A Review\n" },
		{ 25,
		    "ID        TITLE\n"
		    "needs-a\u2026  Needs Assessme\u2026\n"
		    "needs-r\u2026  A Review\n" },
		{ 20,
		    "ID        TITLE\n"
		    "needs-a\u2026  Needs Ass\u2026\n"
		    "needs-r\u2026  A Review\n" },
		{ 16,
		    "ID        TITLE\n"
		    "needs-a\u2026  Needs\u2026\n"
		    "needs-r\u2026  A Rev\u2026\n" },
		{ 12,
		    "ID        T\u2026\n"
		    "needs-a\u2026  N\u2026\n"
		    "needs-r\u2026  A\u2026\n" },
		{ 8,
		    "ID\n"
		    "needs-a\u2026\n"
		    "needs-r\u2026\n" },
		{ 5,
		    "ID\n"
		    "need\u2026\n"
		    "need\u2026\n" },
	};
	struct catalog	*cat = testcat(
	    "- id: needs-assessment-2014\n"
	    "  title: Needs Assessment of the Shelters in the Western Balkans\n"
	    "  year: 2014\n"
	    "  languages: [English, Albanian, Macedonian, Serbian]\n"
	    "- id: needs-review-2015\n"
	    "  title: A Review\n"
	    "  year: 2015\n"
	    "  languages: [French]\n");
	size_t		 uniq[2], i;
	struct table	*t;
	char		*got;

	(void)state;
	assert_true(ids_unique_prefixes(cat, uniq));
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		t = table_new(cat->pubs, cat->npubs, fields, 4, uniq,
		    want[i].width);
		assert_non_null(t);
		got = table_rows(t, cat->pubs, cat->npubs, want[i].width);
		if (getenv("TABLE_DUMP") != NULL)
			printf("%zu\n%s", want[i].width, got);
		else
			assert_string_equal(got, want[i].rows);
		free(got);
		table_free(t);
	}
	catalog_free(cat);
}

/* Every format is in the table, under a name that finds it again. */
static void
names(void **state)
{
	int	 f;

	(void)state;
	for (f = 0; f < FORMAT__COUNT; f++)
		assert_int_equal(format_lookup(format_name((enum format)f)), f);
	assert_string_equal(format_names(), "plain, table, json, full, jsonl, "
	    "tsv, csv, yaml, rec, bibtex, ris, template, csl-json, cite, html");
	assert_false(format_has_fields(FORMAT_YAML));
	assert_false(format_has_fields(FORMAT_BIBTEX));
	assert_false(format_has_fields(FORMAT_RIS));
	assert_false(format_has_fields(FORMAT_TEMPLATE));
	assert_true(format_has_fields(FORMAT_JSONL));
	assert_true(format_has_fields(FORMAT_TSV));
	assert_true(format_has_fields(FORMAT_CSV));
	assert_true(format_has_fields(FORMAT_REC));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tsv_escapes),
		cmocka_unit_test(tsv_fields),
		cmocka_unit_test(tsv_line_separators),
		cmocka_unit_test(csv_quoting),
		cmocka_unit_test(csv_bom),
		cmocka_unit_test(csv_formula_guard),
		cmocka_unit_test(jsonl_lines),
		cmocka_unit_test(yaml_round_trip),
		cmocka_unit_test(yaml_literal_or_quoted),
		cmocka_unit_test(yaml_nothing),
		cmocka_unit_test(rec_records),
		cmocka_unit_test(bibtex_entry),
		cmocka_unit_test(ris_record),
		cmocka_unit_test(template_errors),
		cmocka_unit_test(template_records),
		cmocka_unit_test(no_raw_controls),
		cmocka_unit_test(names),
		cmocka_unit_test(table_ids_for_browse),
		cmocka_unit_test(table_browse_widths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
