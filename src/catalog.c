/*
 * catalog.c: the catalogue object and its field names.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "catalog.h"

static const char *const field_names[FIELD__COUNT] = {
	[FIELD_ID] = "id",
	[FIELD_TITLE] = "title",
	[FIELD_YEAR] = "year",
	[FIELD_PAGES] = "pages",
	[FIELD_LANGUAGES] = "languages",
	[FIELD_ISBN] = "isbn",
	[FIELD_EISBN] = "eisbn",
	[FIELD_ISSN] = "issn",
	[FIELD_PRICE] = "price",
	[FIELD_AVAILABILITY] = "availability",
	[FIELD_EDITIONS] = "editions",
	[FIELD_ABSTRACT] = "abstract",
	[FIELD_NOTES] = "notes",
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

const char *
field_name(enum field f)
{
	return (unsigned)f < FIELD__COUNT ? field_names[f] : "?";
}

int
field_lookup(const char *name, size_t len)
{
	int	 f;

	for (f = 0; f < FIELD__COUNT; f++)
		if (strlen(field_names[f]) == len &&
		    memcmp(field_names[f], name, len) == 0)
			return f;
	return -1;
}

bool
pub_has(const struct pub *p, enum field f)
{
	switch (f) {
	case FIELD_ID:
		return str_present(p->id);
	case FIELD_TITLE:
		return str_present(p->title);
	case FIELD_YEAR:
		return p->year != 0;
	case FIELD_PAGES:
		return p->pages != 0;
	case FIELD_LANGUAGES:
		return p->languages.n > 0;
	case FIELD_ISBN:
		return p->isbn.n > 0;
	case FIELD_EISBN:
		return p->eisbn.n > 0;
	case FIELD_ISSN:
		return str_present(p->issn);
	case FIELD_PRICE:
		return str_present(p->price.currency);
	case FIELD_AVAILABILITY:
		return p->availability.n > 0;
	case FIELD_EDITIONS:
		return p->neditions > 0;
	case FIELD_ABSTRACT:
		return str_present(p->abstract);
	case FIELD_NOTES:
		return str_present(p->notes);
	default:
		return false;
	}
}
