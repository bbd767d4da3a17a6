/*
 * catalog.h: the in-memory catalogue.
 *
 * A catalogue is a header and an array of publications in catalogue
 * order.  All of it lives in one arena owned by struct catalog and is
 * released by catalog_free().  Every value remembers where it was written
 * so that later checks can point at it.
 */
#ifndef IOMPUBS_CATALOG_H
#define IOMPUBS_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "text.h"

struct arena;
struct buf;

/*
 * The keys of a publication, in the order the catalogue file, JSON
 * output and show list them.  The names are a stable interface.
 */
enum field {
	FIELD_ID,
	FIELD_TITLE,
	FIELD_YEAR,
	FIELD_PAGES,
	FIELD_LANGUAGES,
	FIELD_COUNTRIES,
	FIELD_ISBN,
	FIELD_EISBN,
	FIELD_ISSN,
	FIELD_PRICE,
	FIELD_AVAILABILITY,
	FIELD_EDITIONS,
	FIELD_ABSTRACT,
	FIELD_NOTES,
	FIELD_URL,
	FIELD__COUNT
};

/* Bits for struct pub's avail, one per word of availability. */
enum avail {
	AVAIL_PDF = 1 << 0,
	AVAIL_HARDCOPY = 1 << 1
};

struct strlist {
	struct str	*v;		/* items, in the order written */
	struct pos	*at;		/* where each item was written */
	size_t		 n;
};

struct price {
	struct str	 amount;	/* decimal as written: "30", "12.50" */
	struct str	 currency;	/* ISO 4217 code; absent: no price */
	long		 cents;		/* amount in hundredths */
};

enum edition_field {
	EDITION_YEAR,
	EDITION_PAGES,
	EDITION_LANGUAGES,
	EDITION_ISBN,
	EDITION__COUNT
};

/* One year/pages/ISBN/language group of a multi-edition facts line. */
struct edition {
	struct pos	 at;
	struct pos	 field_at[EDITION__COUNT];
	long		 year;
	long		 pages;		/* 0 when not given */
	struct strlist	 languages;
	struct strlist	 isbn;
};

struct pub {
	size_t		 index;		/* 0-based position in the catalogue */
	struct pos	 at;		/* where the record starts */
	struct pos	 field_at[FIELD__COUNT]; /* line 0: key absent */
	struct str	 id;
	bool		 id_derived;	/* id made from title and year */
	struct str	 title;
	long		 year;
	long		 pages;		/* 0 when absent */
	struct strlist	 languages;
	struct strlist	 countries;	/* ISO 3166-1 alpha-2 codes */
	struct strlist	 isbn;
	struct strlist	 eisbn;
	struct str	 issn;
	struct price	 price;
	struct strlist	 availability;
	unsigned	 avail;		/* enum avail bits of availability */
	struct edition	**editions;
	size_t		 neditions;
	struct str	 abstract;
	struct str	 notes;
	struct str	 url;		/* http(s) page or PDF; often absent */
	const struct pub *of;		/* a view: the record it is an edition of */
	size_t		 edition;	/* a view: its edition, from 1; else 0 */
};

struct ordering {
	struct str	 bookstore;
	struct str	 email;
	struct str	 address;
	struct str	 telephone;
	struct str	 fax;
	struct strlist	 currencies;
	struct strlist	 payment;
	struct str	 how_to_order;
};

/* The catalogue's own header; every field may be absent. */
struct catalog_info {
	struct str	 title;
	struct str	 publisher;
	struct str	 edition;
	struct ordering	 ordering;
	struct str	 notes;
};

struct catalog {
	struct arena	*arena;		/* owns everything below */
	char		*name;		/* file name, for messages */
	struct catalog_info info;
	struct pub	**pubs;		/* in catalogue order */
	size_t		 npubs;
};

struct catalog	*catalog_new(const char *name);
void		 catalog_free(struct catalog *);

/*
 * What a field is, in one table (catalog.c) that the loader's schema,
 * filters, expressions, sort keys, formats and check all read.  A new
 * field of an existing kind is a new enum field, a member of struct pub,
 * a row of that table and a row of the loader's schema.
 */

/* How a value is kept in struct pub, and so how it is read and shown. */
enum field_kind {
	KIND_TEXT,		/* struct str */
	KIND_NUMBER,		/* long, 0 when absent */
	KIND_LIST,		/* struct strlist */
	KIND_PRICE,		/* struct price */
	KIND_EDITIONS		/* struct edition *[], neditions of them */
};

/* Bits of struct field_info's flags. */
#define FIELD_IDENT	0x01	/* ISBN or ISSN: equal when normalised */
#define FIELD_LANG	0x02	/* language names: equal in any language */
#define FIELD_WORDS	0x04	/* prose that search reads and highlights */
#define FIELD_BLOCK	0x08	/* paragraphs: show sets them as a block */
#define FIELD_COUNTRY	0x10	/* country codes: a name or region finds them */

struct field_info {
	const char	*name;		/* the key in the file and in output */
	const char	*one;		/* the name of one item: "language" */
	const char	*also;		/* another name a user may write */
	enum field_kind	 kind;
	size_t		 off;		/* where in struct pub the value is */
	unsigned	 flags;		/* FIELD_IDENT, ... */
	const char	*label;		/* show: "Languages" (of an edition) */
	const char	*heading;	/* table: "LANGUAGES" */
};

const struct field_info *field_info(enum field);

/* The key ("id", "title", ...); "?" for no field. */
const char	*field_name(enum field);

/* The field whose key is name[0..len) exactly; -1 if none. */
int		 field_lookup(const char *name, size_t len);

/*
 * The field a user means by name[0..len): its key, the key in the
 * singular or plural ("language", "note"), or its other name
 * ("available"); -1 if none.
 */
int		 field_find(const char *name, size_t len);

/* The key nearest a mistyped name[0..len), for "did you mean"; or NULL. */
const char	*field_suggest(const char *name, size_t len);

/* "id, title, year, ... and notes", for messages. */
const char	*field_list(void);

/* Is the field present in p (a list: non-empty)? */
bool		 pub_has(const struct pub *, enum field);

/* A field's value, by kind; the caller knows the kind from field_info. */
struct str	 pub_text(const struct pub *, enum field);
long		 pub_number(const struct pub *, enum field);
const struct strlist *pub_list(const struct pub *, enum field);
const struct price *pub_price(const struct pub *, enum field);

/*
 * The value of field as one line of text, appended to b: lists joined by
 * sep, a price as "30 USD", each edition as edition_text() and joined by
 * sep, an absent value as nothing.
 */
void		 pub_field_text(struct buf *b, const struct pub *, enum field,
		    const char *sep);

/* "2009, 231 pages, English, ISBN 978-92-9068-466-4", appended to b. */
void		 edition_text(struct buf *b, const struct edition *);

/*
 * The record p seen as its edition i (from 0), into view: a copy of p
 * whose year, pages, languages and ISBNs are the edition's, where the
 * edition gives them (where it does not, the record's), with of = p and
 * edition = i + 1.  Filters look at a record with editions through these
 * views, and list --editions writes them.  Nothing is allocated: the
 * view points into p and its edition.
 */
void		 pub_edition_view(struct pub *view, const struct pub *p,
		    size_t i);

/* The record itself: p, or the record that the view p is of. */
const struct pub *pub_record(const struct pub *p);

#endif
