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
	FIELD_ISBN,
	FIELD_EISBN,
	FIELD_ISSN,
	FIELD_PRICE,
	FIELD_AVAILABILITY,
	FIELD_EDITIONS,
	FIELD_ABSTRACT,
	FIELD_NOTES,
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

/* Field names ("id", "title", ...) and their lookup; -1 if unknown. */
const char	*field_name(enum field);
int		 field_lookup(const char *name, size_t len);

/* Is the field present in p (a list: non-empty)? */
bool		 pub_has(const struct pub *, enum field);

#endif
