/*
 * format.h: the output formats.
 *
 * Each format turns a selection of publications, already filtered and
 * sorted, into text.  plain, json, jsonl, tsv, csv, yaml, rec, bibtex,
 * ris and csl-json are stable interfaces for programs; table and full are
 * for people, and so are html, a page for a browser, and cite, a
 * reference to paste; template is whatever the user asks for.
 */
#ifndef IOMPUBS_FORMAT_H
#define IOMPUBS_FORMAT_H

#include <stddef.h>

#include "buf.h"
#include "catalog.h"
#include "out.h"

enum format {
	FORMAT_PLAIN,		/* id, year, pages, languages, title; tabs */
	FORMAT_TABLE,		/* aligned columns fitted to the width */
	FORMAT_JSON,		/* an array of complete records */
	FORMAT_FULL,		/* "Field: value" lines, a record a block */
	FORMAT_JSONL,		/* a compact JSON object a line */
	FORMAT_TSV,		/* tab-separated values with a header */
	FORMAT_CSV,		/* RFC 4180 comma-separated values */
	FORMAT_YAML,		/* a catalogue iompubs can load again */
	FORMAT_REC,		/* GNU recutils */
	FORMAT_BIBTEX,		/* @book entries */
	FORMAT_RIS,		/* RIS, for reference managers */
	FORMAT_TEMPLATE,	/* --template, a line a record */
	FORMAT_CSLJSON,		/* CSL-JSON, for citation processors */
	FORMAT_CITE,		/* a formatted reference a line */
	FORMAT_HTML,		/* a self-contained, searchable page */
	FORMAT__COUNT
};

/* What a format may need besides the records. */
struct format_opts {
	const enum field *fields;	/* --fields; NULL: the format's own */
	size_t		 nfields;
	const char	*template;	/* --template */
	bool		 csv_raw;	/* --csv-raw: no formula guard */
	const struct catalog_info *info; /* the catalogue's header */
	const double	*scores;	/* search: a score per record */
	const struct snippet *snippets;	/* search: one per record */
	bool		 obtain;	/* full: end with how to get it */
	int		 cite_style;	/* cite: an enum cite_style */
	bool		 editions;	/* rows are editions: ids repeat */
	bool		 bom;		/* csv: start with a UTF-8 byte-order mark */
	const size_t	*id_unique;	/* table: bytes of each id's unique
					   start, by pub index; or NULL */
};

typedef void	 format_fn(struct out *, struct pub *const *, size_t,
		    const struct format_opts *);

const char	*format_name(enum format);
int		 format_lookup(const char *name);	/* -1: unknown */
const char	*format_names(void);	/* "plain, table, json, ..." */

/* Does format f take --fields? */
bool		 format_has_fields(enum format f);

/* Is f for people (table, full), coloured and fitted on a terminal? */
bool		 format_for_people(enum format f);

/*
 * Is "nothing" in f still a document (json "[]", yaml "publications:
 * []", the csv and tsv header), written even when nothing matched?
 */
bool		 format_writes_empty(enum format f);

/* How a field's value stands out for people: titles bold, ids dim. */
enum style	 format_style(enum field f);

/*
 * Parse a --fields list ("id,year,title") into fields (room for
 * FIELD__COUNT); false with a message in err for an unknown name.
 */
bool		 format_parse_fields(const char *spec, enum field *fields,
		    size_t *n, char *err, size_t errsize);

/*
 * The delimited formats (csv, tsv): a header row of field names, then a
 * row a record, every field or those of --fields, lists joined by "; ".
 * Values are written by value(); sep goes between them, eol after each
 * row.
 */
struct delimited {
	const char	*sep;
	const char	*eol;
	bool		 price_split;	/* price as two columns: price, currency */
	void		(*value)(struct out *, struct str,
			    const struct format_opts *);
};

void		 format_delimited(struct out *, struct pub *const *, size_t n,
		    const struct format_opts *, const struct delimited *);

/* Write v[0..n) in format f. */
void		 format_write(enum format f, struct out *, struct pub *const *,
		    size_t n, const struct format_opts *);

format_fn	 fmt_plain;
format_fn	 fmt_table;
format_fn	 fmt_json;
format_fn	 fmt_full;
format_fn	 fmt_jsonl;
format_fn	 fmt_tsv;
format_fn	 fmt_csv;
format_fn	 fmt_yaml;
format_fn	 fmt_rec;
format_fn	 fmt_bibtex;
format_fn	 fmt_ris;
format_fn	 fmt_template;
format_fn	 fmt_csljson;
format_fn	 fmt_cite;
format_fn	 fmt_html;

/*
 * The table, a row at a time (for browse): columns are fields[0..n)
 * fitted as the default table's to width, for every record of v[0..n),
 * except that ids are cut to their unique starts (id_unique, as
 * format_opts') as soon as whole ones would cramp the title.  NULL when
 * out of memory.
 */
struct table;
struct table	*table_new(struct pub *const *v, size_t n,
		    const enum field *fields, size_t nfields,
		    const size_t *id_unique, size_t width);
/* Narrow the ID column to the widest id of v[0..n), the rows shown. */
void		 table_fit_rows(struct table *, struct pub *const *v,
		    size_t n);
void		 table_header(struct out *, const struct table *);
void		 table_row(struct out *, struct table *, const struct pub *);
size_t		 table_title_width(const struct table *);	/* 0: none */
void		 table_free(struct table *);

/*
 * Check a --template: false with a message in err for an unknown field,
 * an unknown escape or an unmatched brace.
 */
bool		 template_check(const char *tpl, char *err, size_t errsize);

#endif
