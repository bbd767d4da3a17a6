/*
 * catalog.c: the catalogue object, and the table of what a field is.
 *
 * The table below is the one description of a publication's fields:
 * their names, how their values are kept, how they read as text and how
 * people see them labelled.  Everything that handles fields by name or
 * by kind reads it, so that a field is described once.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "suggest.h"

#define PUB(m)	offsetof(struct pub, m)

static const struct field_info fields[FIELD__COUNT] = {
	[FIELD_ID] = { "id", "id", "ids", KIND_TEXT, PUB(id), 0,
	    "Id", "ID" },
	[FIELD_TITLE] = { "title", "title", "titles", KIND_TEXT, PUB(title),
	    FIELD_WORDS, "Title", "TITLE" },
	[FIELD_YEAR] = { "year", "year", "years", KIND_NUMBER, PUB(year), 0,
	    "Year", "YEAR" },
	[FIELD_PAGES] = { "pages", "page", NULL, KIND_NUMBER, PUB(pages), 0,
	    "Pages", "PAGES" },
	[FIELD_LANGUAGES] = { "languages", "language", NULL, KIND_LIST,
	    PUB(languages), FIELD_LANG, "Languages", "LANGUAGES" },
	[FIELD_COUNTRIES] = { "countries", "country", NULL, KIND_LIST,
	    PUB(countries), FIELD_COUNTRY, "Countries", "COUNTRIES" },
	[FIELD_ISBN] = { "isbn", "isbn", "isbns", KIND_LIST, PUB(isbn),
	    FIELD_IDENT, "ISBN", "ISBN" },
	[FIELD_EISBN] = { "eisbn", "eisbn", "eisbns", KIND_LIST, PUB(eisbn),
	    FIELD_IDENT, "E-ISBN", "E-ISBN" },
	[FIELD_ISSN] = { "issn", "issn", "issns", KIND_TEXT, PUB(issn),
	    FIELD_IDENT, "ISSN", "ISSN" },
	[FIELD_PRICE] = { "price", "price", "prices", KIND_PRICE, PUB(price),
	    0, "Price", "PRICE" },
	[FIELD_AVAILABILITY] = { "availability", "availability", "available",
	    KIND_LIST, PUB(availability), 0, "Available", "AVAILABLE" },
	[FIELD_EDITIONS] = { "editions", "edition", NULL, KIND_EDITIONS,
	    PUB(editions), 0, "Edition", "EDITIONS" },
	[FIELD_ABSTRACT] = { "abstract", "abstract", "abstracts", KIND_TEXT,
	    PUB(abstract), FIELD_WORDS | FIELD_BLOCK, "Abstract",
	    "ABSTRACT" },
	[FIELD_NOTES] = { "notes", "note", NULL, KIND_TEXT, PUB(notes),
	    FIELD_WORDS | FIELD_BLOCK, "Notes", "NOTES" },
	[FIELD_URL] = { "url", "url", "urls", KIND_TEXT, PUB(url), 0,
	    "URL", "URL" },
};

struct catalog *
catalog_new(const char *name)
{
	struct catalog	*cat;

	if ((cat = calloc(1, sizeof(*cat))) == NULL)
		return NULL;
	if ((cat->arena = arena_new()) == NULL ||
	    (cat->name = strdup(name)) == NULL) {
		catalog_free(cat);
		return NULL;
	}
	return cat;
}

void
catalog_free(struct catalog *cat)
{
	if (cat == NULL)
		return;
	arena_free(cat->arena);
	free(cat->name);
	free(cat);
}

const struct field_info *
field_info(enum field f)
{
	return &fields[f];
}

const char *
field_name(enum field f)
{
	return (unsigned)f < FIELD__COUNT ? fields[f].name : "?";
}

static bool
is_name(const char *want, const char *name, size_t len)
{
	return want != NULL && strlen(want) == len &&
	    memcmp(want, name, len) == 0;
}

int
field_lookup(const char *name, size_t len)
{
	int	 f;

	for (f = 0; f < FIELD__COUNT; f++)
		if (is_name(fields[f].name, name, len))
			return f;
	return -1;
}

int
field_find(const char *name, size_t len)
{
	int	 f;

	for (f = 0; f < FIELD__COUNT; f++)
		if (is_name(fields[f].name, name, len) ||
		    is_name(fields[f].one, name, len) ||
		    is_name(fields[f].also, name, len))
			return f;
	return -1;
}

const char *
field_suggest(const char *name, size_t len)
{
	const char	*names[FIELD__COUNT];
	size_t		 i;

	for (i = 0; i < FIELD__COUNT; i++)
		names[i] = fields[i].name;
	return suggest(name, len, names, FIELD__COUNT);
}

const char *
field_list(void)
{
	static char	 list[256];
	size_t		 i, len = 0;

	if (list[0] != '\0')
		return list;
	for (i = 0; i < FIELD__COUNT; i++)
		len += (size_t)snprintf(list + len, sizeof(list) - len, "%s%s",
		    i == 0 ? "" : i + 1 < FIELD__COUNT ? ", " : " and ",
		    fields[i].name);
	return list;
}

/* The member of p that holds field f's value. */
static const void *
member(const struct pub *p, enum field f)
{
	return (const char *)p + fields[f].off;
}

struct str
pub_text(const struct pub *p, enum field f)
{
	return *(const struct str *)member(p, f);
}

long
pub_number(const struct pub *p, enum field f)
{
	return *(const long *)member(p, f);
}

const struct strlist *
pub_list(const struct pub *p, enum field f)
{
	return member(p, f);
}

const struct price *
pub_price(const struct pub *p, enum field f)
{
	return member(p, f);
}

bool
pub_has(const struct pub *p, enum field f)
{
	if ((unsigned)f >= FIELD__COUNT)
		return false;
	switch (fields[f].kind) {
	case KIND_TEXT:
		return str_present(pub_text(p, f));
	case KIND_NUMBER:
		return pub_number(p, f) != 0;
	case KIND_LIST:
		return pub_list(p, f)->n > 0;
	case KIND_PRICE:
		return str_present(pub_price(p, f)->currency);
	case KIND_EDITIONS:
		return p->neditions > 0;	/* the one field of its kind */
	}
	return false;
}

static void
list_text(struct buf *b, const struct strlist *l, const char *sep)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_adds(b, sep);
		buf_add(b, l->v[i].ptr, l->v[i].len);
	}
}

void
edition_text(struct buf *b, const struct edition *e)
{
	size_t	 j;

	buf_printf(b, "%ld", e->year);
	if (e->pages > 0)
		buf_printf(b, ", %ld pages", e->pages);
	for (j = 0; j < e->languages.n; j++) {
		buf_adds(b, j == 0 ? ", " : " and ");
		buf_add(b, e->languages.v[j].ptr, e->languages.v[j].len);
	}
	for (j = 0; j < e->isbn.n; j++) {
		buf_adds(b, ", ISBN ");
		buf_add(b, e->isbn.v[j].ptr, e->isbn.v[j].len);
	}
}

void
pub_field_text(struct buf *b, const struct pub *p, enum field f,
    const char *sep)
{
	const struct price *pr;
	struct str	 s;
	size_t		 i;

	if (!pub_has(p, f))
		return;
	switch (fields[f].kind) {
	case KIND_TEXT:
		s = pub_text(p, f);
		buf_add(b, s.ptr, s.len);
		break;
	case KIND_NUMBER:
		buf_printf(b, "%ld", pub_number(p, f));
		break;
	case KIND_LIST:
		list_text(b, pub_list(p, f), sep);
		break;
	case KIND_PRICE:
		pr = pub_price(p, f);
		buf_add(b, pr->amount.ptr, pr->amount.len);
		buf_adds(b, " ");
		buf_add(b, pr->currency.ptr, pr->currency.len);
		break;
	case KIND_EDITIONS:
		for (i = 0; i < p->neditions; i++) {
			if (i > 0)
				buf_adds(b, sep);
			edition_text(b, p->editions[i]);
		}
		break;
	}
}

void
pub_edition_view(struct pub *view, const struct pub *p, size_t i)
{
	const struct edition	*e = p->editions[i];

	*view = *p;
	view->of = p;
	view->edition = i + 1;
	if (e->year > 0)
		view->year = e->year;
	if (e->pages > 0)
		view->pages = e->pages;
	if (e->languages.n > 0)
		view->languages = e->languages;
	if (e->isbn.n > 0)
		view->isbn = e->isbn;
}

const struct pub *
pub_record(const struct pub *p)
{
	return p->of != NULL ? p->of : p;
}
