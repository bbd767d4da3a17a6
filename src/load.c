/*
 * load.c: a strict, table-driven catalogue loader on libyaml's events.
 *
 * The loader pulls events one at a time and descends the document with a
 * schema in hand: each mapping is described by a table of fields (key,
 * kind, destination, flags, range), so adding a key is adding a row.
 * Errors in a value are reported and the value skipped, so that one run
 * reports every schema error; errors in the YAML itself stop the parse,
 * since libyaml cannot continue after one.
 *
 * Every scalar is copied once, from libyaml's event into the catalogue's
 * arena.  Lists are gathered in scratch vectors reused per nesting level
 * and copied to the arena when they end, so a record costs no malloc.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "arena.h"
#include "catalog.h"
#include "diag.h"
#include "ids.h"
#include "input.h"
#include "load.h"
#include "num.h"
#include "suggest.h"
#include "text.h"

#define NO_OFFSET	SIZE_MAX
#define MAX_FIELDS	32		/* per schema: fits the seen bitmask */
#define QUOTE_MAX	40		/* characters of a value in a message */

enum ftype {
	FT_STRING,		/* a scalar, kept as text */
	FT_INT,			/* a scalar, a base-10 integer in [min, max] */
	FT_LIST,		/* a sequence of scalars */
	FT_MAP,			/* a mapping, described by sub */
	FT_MAPLIST		/* a sequence of mappings, each described by sub */
};

#define F_REQUIRED	0x01	/* the key must be present and not null */
#define F_NONEMPTY	0x02	/* strings (list items) must not be empty */
#define F_UNIQUE	0x04	/* list items must be distinct */

struct loader;
struct schema;

/*
 * The YAML core schema's tags, which a YAML writer may put on any value
 * (PyYAML does with default_style='"': year: !!int "2015").  A value may
 * carry the tag that agrees with its field; other tags are refused.
 */
enum tag {
	TAG_NONE,
	TAG_STR,		/* !!str: a string field, a key, a list item */
	TAG_INT,		/* !!int: an integer field, an amount */
	TAG_FLOAT,		/* !!float: an amount */
	TAG_NULL,		/* !!null: a value left out */
	TAG_SEQ,		/* !!seq: a list */
	TAG_MAP			/* !!map: a mapping */
};

/* Validate a scalar; return NULL if fine, else what was expected. */
typedef const char	*check_fn(struct str);

/* Keep the n objects of an FT_MAPLIST in their parent; false on OOM. */
typedef bool		 store_fn(struct loader *, void *parent, void **,
			    size_t);

struct fielddef {
	const char		*key;
	enum ftype		 type;
	size_t			 off;	/* destination in the object */
	unsigned		 flags;	/* F_* */
	long			 min;	/* FT_INT range */
	long			 max;
	const struct schema	*sub;	/* FT_MAP, FT_MAPLIST */
	check_fn		*check;	/* FT_STRING, FT_LIST items */
	store_fn		*store;	/* FT_MAPLIST */
};

struct schema {
	const char		*what;	/* names the mapping in messages */
	const struct fielddef	*fields;
	size_t			 nfields;
	size_t			 size;	/* object size (FT_MAPLIST items) */
	size_t			 at_off; /* struct pos of the mapping */
	size_t			 field_at_off; /* struct pos[nfields] */
	void			(*finish)(struct loader *, void *);
};

/* A growable array reused by every list at one nesting level. */
struct scratch {
	unsigned char		*buf;
	size_t			 len;	/* bytes in use */
	size_t			 cap;
};

struct loader {
	yaml_parser_t		 parser;
	yaml_event_t		 ev;	/* the current event */
	bool			 have_ev; /* ev must be deleted */
	bool			 stop;	/* a fatal error: parse no further */
	enum tag		 tag;	/* the current event's core tag */
	const char		*tag_name; /* and as written, for messages */
	bool			 bad_yaml; /* libyaml failed */
	unsigned		 depth;	/* open collections */
	struct input		*in;
	uint64_t		 raw;	/* bytes read since the last event */
	bool			 too_raw; /* more than LOAD_MAX_RAW */
	struct pos		 last_end; /* where the last event ended */
	struct diags		*d;
	/*
	 * Missing keys, reported once the parse is over: libyaml ends a
	 * mapping early at some syntax errors, which would otherwise show
	 * as a missing key before the real trouble.
	 */
	struct diags		 missing;
	struct catalog		*cat;
	const struct load_opts *limits;
	struct scratch		 scratch[LOAD_MAX_DEPTH + 2];
};

/* A list item in the making: value and position. */
struct item {
	struct str		 s;
	struct pos		 at;
};

static const char	*check_id(struct str);
static const char	*check_amount(struct str);
static const char	*check_currency(struct str);
static const char	*check_availability(struct str);
static const char	*check_url(struct str);
static bool		 store_editions(struct loader *, void *, void **,
			    size_t);
static bool		 store_pubs(struct loader *, void *, void **, size_t);
static void		 finish_pub(struct loader *, void *);
static void		 finish_price(struct loader *, void *);

#define PRICE_FIELD(k, f, fl, chk) \
	{ k, FT_STRING, offsetof(struct price, f), fl, 0, 0, NULL, chk, NULL }

static const struct fielddef price_fields[] = {
	PRICE_FIELD("amount", amount, F_REQUIRED | F_NONEMPTY, check_amount),
	PRICE_FIELD("currency", currency, F_REQUIRED | F_NONEMPTY,
	    check_currency),
};

static const struct schema price_schema = {
	"price", price_fields, 2, sizeof(struct price),
	NO_OFFSET, NO_OFFSET, finish_price
};

#define YEAR_MIN	1000
#define YEAR_MAX	9999
#define PAGES_MIN	1
#define PAGES_MAX	1000000

static const struct fielddef edition_fields[EDITION__COUNT] = {
	[EDITION_YEAR] = { "year", FT_INT, offsetof(struct edition, year),
	    F_REQUIRED, YEAR_MIN, YEAR_MAX, NULL, NULL, NULL },
	[EDITION_PAGES] = { "pages", FT_INT, offsetof(struct edition, pages),
	    0, PAGES_MIN, PAGES_MAX, NULL, NULL, NULL },
	[EDITION_LANGUAGES] = { "languages", FT_LIST,
	    offsetof(struct edition, languages), F_NONEMPTY, 0, 0, NULL,
	    NULL, NULL },
	[EDITION_ISBN] = { "isbn", FT_LIST, offsetof(struct edition, isbn),
	    F_NONEMPTY, 0, 0, NULL, NULL, NULL },
};

static const struct schema edition_schema = {
	"edition", edition_fields, EDITION__COUNT, sizeof(struct edition),
	offsetof(struct edition, at), offsetof(struct edition, field_at), NULL
};

#define PUB(f)	offsetof(struct pub, f)

static const struct fielddef pub_fields[FIELD__COUNT] = {
	[FIELD_ID] = { "id", FT_STRING, PUB(id), F_NONEMPTY, 0, 0, NULL,
	    check_id, NULL },
	[FIELD_TITLE] = { "title", FT_STRING, PUB(title),
	    F_REQUIRED | F_NONEMPTY, 0, 0, NULL, NULL, NULL },
	[FIELD_YEAR] = { "year", FT_INT, PUB(year), F_REQUIRED, YEAR_MIN,
	    YEAR_MAX, NULL, NULL, NULL },
	[FIELD_PAGES] = { "pages", FT_INT, PUB(pages), 0, PAGES_MIN,
	    PAGES_MAX, NULL, NULL, NULL },
	[FIELD_LANGUAGES] = { "languages", FT_LIST, PUB(languages),
	    F_NONEMPTY, 0, 0, NULL, NULL, NULL },
	[FIELD_COUNTRIES] = { "countries", FT_LIST, PUB(countries),
	    F_NONEMPTY | F_UNIQUE, 0, 0, NULL, NULL, NULL },
	[FIELD_ISBN] = { "isbn", FT_LIST, PUB(isbn), F_NONEMPTY, 0, 0, NULL,
	    NULL, NULL },
	[FIELD_EISBN] = { "eisbn", FT_LIST, PUB(eisbn), F_NONEMPTY, 0, 0,
	    NULL, NULL, NULL },
	[FIELD_ISSN] = { "issn", FT_STRING, PUB(issn), F_NONEMPTY, 0, 0,
	    NULL, NULL, NULL },
	[FIELD_PRICE] = { "price", FT_MAP, PUB(price), 0, 0, 0,
	    &price_schema, NULL, NULL },
	[FIELD_AVAILABILITY] = { "availability", FT_LIST, PUB(availability),
	    F_NONEMPTY | F_UNIQUE, 0, 0, NULL, check_availability, NULL },
	[FIELD_EDITIONS] = { "editions", FT_MAPLIST, PUB(editions), 0, 0, 0,
	    &edition_schema, NULL, store_editions },
	[FIELD_ABSTRACT] = { "abstract", FT_STRING, PUB(abstract), 0, 0, 0,
	    NULL, NULL, NULL },
	[FIELD_NOTES] = { "notes", FT_STRING, PUB(notes), 0, 0, 0, NULL,
	    NULL, NULL },
	[FIELD_URL] = { "url", FT_STRING, PUB(url), F_NONEMPTY, 0, 0, NULL,
	    check_url, NULL },
};

static const struct schema pub_schema = {
	"publication", pub_fields, FIELD__COUNT, sizeof(struct pub),
	PUB(at), PUB(field_at), finish_pub
};

#define ORD(k, t, f) \
	{ k, t, offsetof(struct ordering, f), F_NONEMPTY, 0, 0, NULL, NULL, \
	  NULL }

static const struct fielddef ordering_fields[] = {
	ORD("bookstore", FT_STRING, bookstore),
	ORD("email", FT_STRING, email),
	ORD("address", FT_STRING, address),
	ORD("telephone", FT_STRING, telephone),
	ORD("fax", FT_STRING, fax),
	ORD("currencies", FT_LIST, currencies),
	ORD("payment", FT_LIST, payment),
	ORD("how_to_order", FT_STRING, how_to_order),
};

static const struct schema ordering_schema = {
	"ordering", ordering_fields,
	sizeof(ordering_fields) / sizeof(ordering_fields[0]),
	sizeof(struct ordering), NO_OFFSET, NO_OFFSET, NULL
};

#define INFO(k, t, f, sub) \
	{ k, t, offsetof(struct catalog_info, f), F_NONEMPTY, 0, 0, sub, \
	  NULL, NULL }

static const struct fielddef info_fields[] = {
	INFO("title", FT_STRING, title, NULL),
	INFO("publisher", FT_STRING, publisher, NULL),
	INFO("edition", FT_STRING, edition, NULL),
	INFO("ordering", FT_MAP, ordering, &ordering_schema),
	INFO("notes", FT_STRING, notes, NULL),
};

static const struct schema info_schema = {
	"catalog header", info_fields,
	sizeof(info_fields) / sizeof(info_fields[0]),
	sizeof(struct catalog_info), NO_OFFSET, NO_OFFSET, NULL
};

static const struct fielddef root_fields[] = {
	{ "catalog", FT_MAP, offsetof(struct catalog, info), 0, 0, 0,
	  &info_schema, NULL, NULL },
	{ "publications", FT_MAPLIST, offsetof(struct catalog, pubs),
	  F_REQUIRED, 0, 0, &pub_schema, NULL, store_pubs },
};

static const struct schema root_schema = {
	"catalogue", root_fields, 2, sizeof(struct catalog),
	NO_OFFSET, NO_OFFSET, NULL
};

static const char *const avail_words[] = { "pdf", "hardcopy" };

/*
 * Events and errors.
 */

static struct pos
mark_pos(yaml_mark_t m)
{
	struct pos	 at;

	at.line = m.line + 1 > UINT32_MAX ? UINT32_MAX : m.line + 1;
	at.col = m.column + 1 > UINT32_MAX ? UINT32_MAX : m.column + 1;
	return at;
}

static struct pos
here(const struct loader *L)
{
	return mark_pos(L->ev.start_mark);
}

static void
report_yaml_error(struct loader *L)
{
	const yaml_parser_t	*p = &L->parser;
	struct pos		 at;

	switch (p->error) {
	case YAML_MEMORY_ERROR:
		L->d->oom = true;
		return;
	case YAML_READER_ERROR:
		if (L->too_raw) {
			diags_add(L->d, DIAG_ERROR, L->last_end, "more than %d "
			    "bytes of input in one value or between two; a value "
			    "may be at most %zu bytes", LOAD_MAX_RAW,
			    L->limits->field);
			return;
		}
		/*
		 * A failed read() reaches libyaml as a reader error too;
		 * input_finish() reports it with the system's reason.
		 */
		if (!input_finish(L->in, L->d))
			return;
		at = input_pos_at(L->in, p->problem_offset);
		if (p->problem_value != -1)
			diags_add(L->d, DIAG_ERROR, at, "invalid input: %s "
			    "(0x%02X)", p->problem, (unsigned)p->problem_value);
		else
			diags_add(L->d, DIAG_ERROR, at, "invalid input: %s",
			    p->problem);
		return;
	default:
		at = mark_pos(p->problem_mark);
		if (p->context != NULL)
			diags_add(L->d, DIAG_ERROR, at, "invalid YAML: %s %s "
			    "started at line %lu, column %lu", p->problem,
			    p->context, (unsigned long)p->context_mark.line + 1,
			    (unsigned long)p->context_mark.column + 1);
		else
			diags_add(L->d, DIAG_ERROR, at, "invalid YAML: %s",
			    p->problem != NULL ? p->problem : "parse error");
		return;
	}
}

static void
fatal(struct loader *L, struct pos at, const char *what, const char *name)
{
	char	 q[QUOTE_MAX * 4 + 8];

	if (name != NULL) {
		text_quote(q, sizeof(q), name, strlen(name), QUOTE_MAX);
		diags_add(L->d, DIAG_ERROR, at, "%s (%s)", what, q);
	} else
		diags_add(L->d, DIAG_ERROR, at, "%s", what);
	L->stop = true;
}

static struct str
scalar(const struct loader *L)
{
	return str_make((const char *)L->ev.data.scalar.value,
	    L->ev.data.scalar.length);
}

/*
 * A value's tag is refused where it does not agree with its field, with
 * the message of a tag that is no core tag at all.
 */
static bool
refuse_tag(struct loader *L)
{
	fatal(L, here(L), "explicit tags are not allowed in a catalogue",
	    L->tag_name);
	return false;
}

/* The current value carries no tag, or one of want (TAG_* bits). */
static bool
tag_fits(struct loader *L, unsigned want)
{
	return L->tag == TAG_NONE || (want & 1u << L->tag) || refuse_tag(L);
}

/* A plain null's spellings: "", "~", "null", "Null" or "NULL". */
static bool
null_text(struct str s)
{
	switch (s.len) {
	case 0:
		return true;
	case 1:
		return s.ptr[0] == '~';
	case 4:
		return str_eq(s, "null") || str_eq(s, "Null") ||
		    str_eq(s, "NULL");
	default:
		return false;
	}
}

/*
 * The core tag tag names, if it fits the kind of node it is on: a
 * scalar's !!str, !!int, !!float or a null's !!null, a list's !!seq, a
 * mapping's !!map; TAG_NONE for any other tag.  Keeps the tag as
 * written ("!!str", not its expansion) for messages.
 */
static enum tag
core_tag(struct loader *L, const char *tag)
{
	static const struct {
		const char	*name;
		enum tag	 tag;
		yaml_event_type_t on;
	} core[] = {
		{ "str", TAG_STR, YAML_SCALAR_EVENT },
		{ "int", TAG_INT, YAML_SCALAR_EVENT },
		{ "float", TAG_FLOAT, YAML_SCALAR_EVENT },
		{ "null", TAG_NULL, YAML_SCALAR_EVENT },
		{ "seq", TAG_SEQ, YAML_SEQUENCE_START_EVENT },
		{ "map", TAG_MAP, YAML_MAPPING_START_EVENT },
	};
	static char	 written[64];
	size_t		 i;

	L->tag_name = tag;
	if (strncmp(tag, "tag:yaml.org,2002:", 18) != 0)
		return TAG_NONE;
	snprintf(written, sizeof(written), "!!%s", tag + 18);
	L->tag_name = written;
	for (i = 0; i < sizeof(core) / sizeof(core[0]); i++)
		if (strcmp(tag + 18, core[i].name) == 0 &&
		    L->ev.type == core[i].on)
			break;
	if (i == sizeof(core) / sizeof(core[0]))
		return TAG_NONE;
	/* !!null "x" is no null, and !!int "x" no integer: say so later. */
	if (core[i].tag == TAG_NULL && !null_text(scalar(L)))
		return TAG_NONE;
	return core[i].tag;
}

/*
 * Advance to the next event.  Refuses what a catalogue never needs and
 * what makes YAML dangerous: anchors, aliases, tags other than the core
 * schema's (which the value's reader checks against its field) and deep
 * nesting.  Returns false at a fatal error; the caller unwinds.
 */
static bool
next(struct loader *L)
{
	yaml_event_t	*e = &L->ev;
	const char	*anchor = NULL, *tag = NULL;

	if (L->have_ev) {
		yaml_event_delete(e);
		L->have_ev = false;
	}
	if (L->stop || L->d->oom)
		return false;
	if (!yaml_parser_parse(&L->parser, e)) {
		report_yaml_error(L);
		L->stop = L->bad_yaml = true;
		return false;
	}
	L->have_ev = true;
	L->raw = 0;
	L->last_end = mark_pos(e->end_mark);
	switch (e->type) {
	case YAML_ALIAS_EVENT:
		fatal(L, here(L), "aliases are not allowed in a catalogue",
		    (const char *)e->data.alias.anchor);
		return false;
	case YAML_SCALAR_EVENT:
		anchor = (const char *)e->data.scalar.anchor;
		tag = (const char *)e->data.scalar.tag;
		break;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (e->type == YAML_SEQUENCE_START_EVENT) {
			anchor = (const char *)e->data.sequence_start.anchor;
			tag = (const char *)e->data.sequence_start.tag;
		} else {
			anchor = (const char *)e->data.mapping_start.anchor;
			tag = (const char *)e->data.mapping_start.tag;
		}
		if (++L->depth > L->limits->depth) {
			diags_add(L->d, DIAG_ERROR, here(L), "nesting deeper "
			    "than %u levels; a catalogue needs at most 6",
			    L->limits->depth);
			L->stop = true;
			return false;
		}
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		L->depth--;
		break;
	default:
		break;
	}
	if (anchor != NULL) {
		fatal(L, here(L), "anchors are not allowed in a catalogue",
		    anchor);
		return false;
	}
	L->tag = TAG_NONE;
	if (tag != NULL && (L->tag = core_tag(L, tag)) == TAG_NONE) {
		refuse_tag(L);
		return false;
	}
	return true;
}

/* Skip the node that starts at the current event. */
static void
skip_node(struct loader *L)
{
	unsigned	 base;

	if (L->ev.type != YAML_SEQUENCE_START_EVENT &&
	    L->ev.type != YAML_MAPPING_START_EVENT)
		return;
	base = L->depth - 1;
	while (L->depth > base)
		if (!next(L))
			return;
}

/* A null: a plain one, unquoted, or one tagged !!null. */
static bool
is_null(const struct loader *L)
{
	if (L->ev.type != YAML_SCALAR_EVENT)
		return false;
	if (L->tag == TAG_NULL)
		return true;
	return L->tag == TAG_NONE &&
	    L->ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	    null_text(scalar(L));
}

/* "a mapping", "a list", or the scalar itself, for messages. */
static const char *
node_kind(const struct loader *L, char *buf, size_t size)
{
	char	 q[QUOTE_MAX * 4 + 8];

	switch (L->ev.type) {
	case YAML_MAPPING_START_EVENT:
		return "a mapping";
	case YAML_SEQUENCE_START_EVENT:
		return "a list";
	case YAML_SCALAR_EVENT:
		if (is_null(L))
			return "null";
		text_quote(q, sizeof(q), (const char *)L->ev.data.scalar.value,
		    L->ev.data.scalar.length, QUOTE_MAX);
		snprintf(buf, size, "\"%s\"", q);
		return buf;
	default:
		return "something else";
	}
}

/* Report that what (e.g. "'title'") is the wrong kind of node; skip it. */
static void
wrong_kind(struct loader *L, const char *what, const char *expected)
{
	char	 buf[QUOTE_MAX * 4 + 16];

	diags_add(L->d, DIAG_ERROR, here(L), "%s must be %s, not %s", what,
	    expected, node_kind(L, buf, sizeof(buf)));
	skip_node(L);
}

/*
 * What a message calls a value: "'title'", or "item 2 of 'languages'"
 * (item is 1-based; 0 is the field itself).  Written only for a
 * message: formatting it for every value cost 4% of a load.
 */
static const char *
label(char *buf, size_t size, const struct fielddef *f, size_t item)
{
	if (item == 0)
		snprintf(buf, size, "'%s'", f->key);
	else
		snprintf(buf, size, "item %zu of '%s'", item, f->key);
	return buf;
}

static void
wrong_kind_item(struct loader *L, const struct fielddef *f, size_t item,
    const char *expected)
{
	char	 buf[80];

	wrong_kind(L, label(buf, sizeof(buf), f, item), expected);
}

static void
wrong_kind_key(struct loader *L, const struct fielddef *f,
    const char *expected)
{
	wrong_kind_item(L, f, 0, expected);
}

static bool
scratch_push(struct loader *L, const void *item, size_t size)
{
	struct scratch	*s = &L->scratch[L->depth];
	unsigned char	*nbuf;
	size_t		 ncap;

	if (s->cap - s->len < size) {
		ncap = s->cap ? s->cap * 2 : 16 * size;
		while (ncap - s->len < size)
			ncap *= 2;
		if ((nbuf = realloc(s->buf, ncap)) == NULL) {
			L->d->oom = true;
			return false;
		}
		s->buf = nbuf;
		s->cap = ncap;
	}
	memcpy(s->buf + s->len, item, size);
	s->len += size;
	return true;
}

static struct str
copy_scalar(struct loader *L)
{
	struct str	 s = scalar(L);
	char		*p;

	if ((p = arena_strndup(L->cat->arena, s.ptr, s.len)) == NULL) {
		L->d->oom = true;
		return STR_NONE;
	}
	return str_make(p, s.len);
}

/*
 * Scalars.
 */

/*
 * Check a string value (item of a list, or 0) against its field;
 * report and return false if bad.
 */
static bool
string_ok(struct loader *L, const struct fielddef *f, size_t item)
{
	struct str	 s = scalar(L);
	const char	*why;
	char		 q[QUOTE_MAX * 4 + 8], buf[80];
	unsigned	 tags = 1u << TAG_STR;

	/* An amount is a number to a YAML writer. */
	if (f->check == check_amount)
		tags |= 1u << TAG_INT | 1u << TAG_FLOAT;
	if (!tag_fits(L, tags))
		return false;
	if (s.len > L->limits->field) {
		diags_add(L->d, DIAG_ERROR, here(L), "%s is longer than the "
		    "limit of %zu bytes", label(buf, sizeof(buf), f, item),
		    L->limits->field);
		return false;
	}
	if ((f->flags & F_NONEMPTY) && s.len == 0) {
		diags_add(L->d, DIAG_ERROR, here(L), "%s must not be empty",
		    label(buf, sizeof(buf), f, item));
		return false;
	}
	if (f->check != NULL && (why = f->check(s)) != NULL) {
		text_quote(q, sizeof(q), s.ptr, s.len, QUOTE_MAX);
		diags_add(L->d, DIAG_ERROR, here(L), "%s must be %s, not "
		    "\"%s\"", label(buf, sizeof(buf), f, item), why, q);
		return false;
	}
	return true;
}

static void
parse_string(struct loader *L, const struct fielddef *f, void *dest)
{
	if (L->ev.type != YAML_SCALAR_EVENT) {
		wrong_kind_key(L, f, "a string");
		return;
	}
	if (string_ok(L, f, 0))
		*(struct str *)dest = copy_scalar(L);
}

static void
parse_int(struct loader *L, const struct fielddef *f, void *dest)
{
	struct str	 s;
	char		 q[QUOTE_MAX * 4 + 8];
	long		 v;

	if (L->ev.type != YAML_SCALAR_EVENT) {
		wrong_kind_key(L, f, "an integer");
		return;
	}
	if (!tag_fits(L, 1u << TAG_INT))
		return;
	s = scalar(L);
	switch (num_parse(s.ptr, s.len, f->min, f->max, &v)) {
	case NUM_OK:
		*(long *)dest = v;
		return;
	case NUM_RANGE:
		text_quote(q, sizeof(q), s.ptr, s.len, QUOTE_MAX);
		diags_add(L->d, DIAG_ERROR, here(L), "'%s' must be from %ld "
		    "to %ld, not %s", f->key, f->min, f->max, q);
		return;
	case NUM_SYNTAX:
	default:
		text_quote(q, sizeof(q), s.ptr, s.len, QUOTE_MAX);
		diags_add(L->d, DIAG_ERROR, here(L), "'%s' must be a base-10 "
		    "integer (digits only, no leading zero), not \"%s\"",
		    f->key, q);
		return;
	}
}

/*
 * Collections.
 */

static bool
item_repeated(const struct item *items, size_t n, struct str s)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (items[i].s.len == s.len &&
		    memcmp(items[i].s.ptr, s.ptr, s.len) == 0)
			return true;
	return false;
}

/*
 * The value of f should be a sequence: the scratch of its level, emptied
 * for its items; NULL, reported, if it is something else.
 */
static struct scratch *
seq_start(struct loader *L, const struct fielddef *f, const char *expected)
{
	struct scratch	*s;

	if (L->ev.type != YAML_SEQUENCE_START_EVENT) {
		wrong_kind_key(L, f, expected);
		return NULL;
	}
	s = &L->scratch[L->depth];
	s->len = 0;
	return s;
}

/*
 * The sequence's next item: false at its end, or at a fatal error (the
 * caller then keeps nothing).
 */
static bool
seq_item(struct loader *L)
{
	return next(L) && L->ev.type != YAML_SEQUENCE_END_EVENT;
}

/* Are there n items already, as many as f may have?  Then stop, said. */
static bool
seq_full(struct loader *L, const struct fielddef *f, size_t n)
{
	if (n < L->limits->records)
		return false;
	diags_add(L->d, DIAG_ERROR, here(L), "more than %zu items in '%s'",
	    L->limits->records, f->key);
	L->stop = true;
	return true;
}

static void
parse_list(struct loader *L, const struct fielddef *f, void *dest)
{
	struct strlist	*list = dest;
	struct scratch	*s;
	struct item	 it, *items;
	char		 buf[80];
	size_t		 i, n;

	if ((s = seq_start(L, f, "a list of strings")) == NULL)
		return;
	for (n = 0; seq_item(L); n++) {
		if (L->ev.type != YAML_SCALAR_EVENT || is_null(L)) {
			wrong_kind_item(L, f, n + 1, "a string");
			continue;
		}
		if (!string_ok(L, f, n + 1))
			continue;
		if (seq_full(L, f, s->len / sizeof(it)))
			return;
		items = (struct item *)(void *)s->buf;
		if ((f->flags & F_UNIQUE) &&
		    item_repeated(items, s->len / sizeof(it), scalar(L))) {
			diags_add(L->d, DIAG_ERROR, here(L), "%s repeats an "
			    "earlier item", label(buf, sizeof(buf), f, n + 1));
			continue;
		}
		it.s = copy_scalar(L);
		it.at = here(L);
		if (it.s.ptr == NULL || !scratch_push(L, &it, sizeof(it)))
			return;
	}
	n = s->len / sizeof(it);
	if (L->stop || L->d->oom || n == 0)
		return;
	list->v = arena_alloc(L->cat->arena, n * sizeof(*list->v));
	list->at = arena_alloc(L->cat->arena, n * sizeof(*list->at));
	if (list->v == NULL || list->at == NULL) {
		L->d->oom = true;
		return;
	}
	items = (struct item *)(void *)s->buf;
	for (i = 0; i < n; i++) {
		list->v[i] = items[i].s;
		list->at[i] = items[i].at;
	}
	list->n = n;
}

static void	parse_map(struct loader *, const struct schema *, void *);

static void
parse_maplist(struct loader *L, const struct fielddef *f, void *parent)
{
	struct scratch	*s;
	void		*obj, **objs;
	size_t		 n;

	if ((s = seq_start(L, f, "a list of mappings")) == NULL)
		return;
	for (n = 0; seq_item(L); n++) {
		if (L->ev.type != YAML_MAPPING_START_EVENT) {
			wrong_kind_item(L, f, n + 1, "a mapping");
			continue;
		}
		if (seq_full(L, f, s->len / sizeof(obj)))
			return;
		if ((obj = arena_alloc(L->cat->arena, f->sub->size)) == NULL) {
			L->d->oom = true;
			return;
		}
		memset(obj, 0, f->sub->size);
		parse_map(L, f->sub, obj);
		if (L->stop || L->d->oom)
			return;
		if (!scratch_push(L, &obj, sizeof(obj)))
			return;
	}
	if (L->stop || L->d->oom)
		return;
	objs = (void **)(void *)s->buf;
	if (!f->store(L, parent, objs, s->len / sizeof(obj)))
		L->d->oom = true;
}

static void
parse_value(struct loader *L, const struct fielddef *f, void *obj)
{
	void	*dest = (char *)obj + f->off;

	switch (f->type) {
	case FT_STRING:
		parse_string(L, f, dest);
		break;
	case FT_INT:
		parse_int(L, f, dest);
		break;
	case FT_LIST:
		parse_list(L, f, dest);
		break;
	case FT_MAP:
		if (L->ev.type != YAML_MAPPING_START_EVENT)
			wrong_kind_key(L, f, "a mapping");
		else
			parse_map(L, f->sub, dest);
		break;
	case FT_MAPLIST:
		parse_maplist(L, f, obj);
		break;
	}
}

static int
schema_lookup(const struct schema *s, struct str key)
{
	size_t	 i;

	/* Every record has a dozen keys: first letters rule most out. */
	for (i = 0; i < s->nfields; i++)
		if (key.len > 0 && key.ptr[0] == s->fields[i].key[0] &&
		    str_eq(key, s->fields[i].key))
			return (int)i;
	return -1;
}

/* Report key unknown in s; returns the field suggested instead, or -1. */
static int
unknown_key(struct loader *L, const struct schema *s, struct str key)
{
	const char	*cands[MAX_FIELDS];
	const char	*near;
	char		 q[QUOTE_MAX * 4 + 8];
	size_t		 i;

	for (i = 0; i < s->nfields; i++)
		cands[i] = s->fields[i].key;
	near = suggest(key.ptr, key.len, cands, s->nfields);
	text_quote(q, sizeof(q), key.ptr, key.len, QUOTE_MAX);
	if (near == NULL) {
		diags_add(L->d, DIAG_ERROR, here(L), "unknown key '%s' in %s",
		    q, s->what);
		return -1;
	}
	diags_add(L->d, DIAG_ERROR, here(L), "unknown key '%s' in %s; did "
	    "you mean '%s'?", q, s->what, near);
	return schema_lookup(s, str_cstr(near));
}

/* Parse the mapping that starts at the current event into obj. */
static void
parse_map(struct loader *L, const struct schema *s, void *obj)
{
	struct pos	 start = here(L), keyat[MAX_FIELDS] = { { 0, 0 } };
	uint32_t	 seen = 0, bit, suggested = 0;
	size_t		 i;
	int		 k;

	if (s->at_off != NO_OFFSET)
		*(struct pos *)(void *)((char *)obj + s->at_off) = start;
	for (;;) {
		if (!next(L))
			return;
		if (L->ev.type == YAML_MAPPING_END_EVENT)
			break;
		if (L->ev.type != YAML_SCALAR_EVENT) {
			diags_add(L->d, DIAG_ERROR, here(L), "keys of a %s "
			    "must be plain strings", s->what);
			skip_node(L);
			if (next(L))
				skip_node(L);
			continue;
		}
		if (!tag_fits(L, 1u << TAG_STR))
			return;
		if ((k = schema_lookup(s, scalar(L))) < 0) {
			/* search's score in json output: not data. */
			if (s == &pub_schema && str_eq(scalar(L), "score")) {
				if (next(L))
					skip_node(L);
				continue;
			}
			/* "did you mean 'year'" says enough about 'year'. */
			if ((k = unknown_key(L, s, scalar(L))) >= 0)
				suggested |= (uint32_t)1 << k;
			if (next(L))
				skip_node(L);
			continue;
		}
		bit = (uint32_t)1 << k;
		if (seen & bit) {
			diags_add(L->d, DIAG_ERROR, here(L), "duplicate key "
			    "'%s' in %s (first at line %lu)",
			    s->fields[k].key, s->what,
			    (unsigned long)keyat[k].line);
			if (next(L))
				skip_node(L);
			continue;
		}
		seen |= bit;
		keyat[k] = here(L);
		if (!next(L))
			return;
		if (is_null(L)) {
			/* An explicit null is the same as leaving it out. */
			if (s->fields[k].flags & F_REQUIRED)
				diags_add(L->d, DIAG_ERROR, here(L), "'%s' "
				    "must not be null", s->fields[k].key);
			continue;
		}
		if (s->field_at_off != NO_OFFSET)
			((struct pos *)(void *)((char *)obj +
			    s->field_at_off))[k] = keyat[k];
		if (s == &pub_schema && (L->limits->skip & (1u << k)) &&
		    s->fields[k].type == FT_STRING) {
			/* Not wanted: check it all the same, keep nothing. */
			if (L->ev.type != YAML_SCALAR_EVENT)
				wrong_kind_key(L, &s->fields[k], "a string");
			else
				string_ok(L, &s->fields[k], 0);
			continue;
		}
		parse_value(L, &s->fields[k], obj);
		if (L->stop || L->d->oom)
			return;
	}
	for (i = 0; i < s->nfields; i++)
		if ((s->fields[i].flags & F_REQUIRED) &&
		    !((seen | suggested) & ((uint32_t)1 << i)))
			diags_add(&L->missing, DIAG_ERROR, start, "%s has no "
			    "'%s'", s->what, s->fields[i].key);
	if (s->finish != NULL)
		s->finish(L, obj);
}

/*
 * Field checks and finishing touches.
 */

static const char *
check_id(struct str s)
{
	uint32_t	 cp;
	size_t		 i, n;

	for (i = 0; i < s.len; i += n) {
		n = text_decode(s.ptr + i, s.len - i, &cp);
		if (cp == ' ' || text_is_unsafe(cp) || cp == 0xa0)
			return "a word without spaces or control characters";
	}
	return NULL;
}

/*
 * A publication's page or PDF: an absolute http or https url with a
 * host, and nothing a url cannot hold (spaces, controls, quotes, <>,
 * braces, backslashes), so that every format can carry it whole.
 */
static const char *
check_url(struct str s)
{
	static const char *const schemes[] = { "http://", "https://" };
	size_t	 i, start = 0;

	for (i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++)
		if (s.len > strlen(schemes[i]) &&
		    strncasecmp(s.ptr, schemes[i], strlen(schemes[i])) == 0)
			start = strlen(schemes[i]);
	if (start == 0 || strchr("/?#", s.ptr[start]) != NULL)
		return "an http:// or https:// url with a host";
	for (i = 0; i < s.len; i++)
		if ((unsigned char)s.ptr[i] <= ' ' ||
		    (unsigned char)s.ptr[i] >= 0x7f ||
		    strchr("\"<>\\^`{|}", s.ptr[i]) != NULL)
			return "an http:// or https:// url of printable "
			    "ASCII without spaces, quotes, <>, braces or "
			    "backslashes (write others %-encoded)";
	return NULL;
}

static const char *
check_amount(struct str s)
{
	long	 cents;

	if (num_amount(s.ptr, s.len, &cents) == NUM_OK)
		return NULL;
	return "a decimal amount such as 30 or 12.50";
}

static const char *
check_currency(struct str s)
{
	if (s.len == 3 && s.ptr[0] >= 'A' && s.ptr[0] <= 'Z' &&
	    s.ptr[1] >= 'A' && s.ptr[1] <= 'Z' &&
	    s.ptr[2] >= 'A' && s.ptr[2] <= 'Z')
		return NULL;
	return "a three-letter ISO 4217 code such as USD";
}

static const char *
check_availability(struct str s)
{
	size_t	 i;

	for (i = 0; i < sizeof(avail_words) / sizeof(avail_words[0]); i++)
		if (str_eq(s, avail_words[i]))
			return NULL;
	return "\"pdf\" or \"hardcopy\"";
}

static void
finish_price(struct loader *L, void *obj)
{
	struct price	*p = obj;

	(void)L;
	if (num_amount(p->amount.ptr, p->amount.len, &p->cents) != NUM_OK)
		p->cents = 0;	/* check_amount() has reported it */
}

static void
finish_pub(struct loader *L, void *obj)
{
	struct pub	*p = obj;
	size_t		 i;

	for (i = 0; i < p->availability.n; i++)
		p->avail |= str_eq(p->availability.v[i], "pdf") ?
		    AVAIL_PDF : AVAIL_HARDCOPY;
	if (L->limits->each != NULL)
		L->limits->each(p, L->limits->arg);
}

static bool
store_editions(struct loader *L, void *parent, void **objs, size_t n)
{
	struct pub	*p = parent;
	size_t		 i;

	if (n == 0)
		return true;
	p->editions = arena_alloc(L->cat->arena, n * sizeof(*p->editions));
	if (p->editions == NULL)
		return false;
	for (i = 0; i < n; i++)
		p->editions[i] = objs[i];
	p->neditions = n;
	return true;
}

static bool
store_pubs(struct loader *L, void *parent, void **objs, size_t n)
{
	struct catalog	*cat = parent;
	size_t		 i;

	(void)L;
	if (n == 0)
		return true;
	cat->pubs = arena_alloc(cat->arena, n * sizeof(*cat->pubs));
	if (cat->pubs == NULL)
		return false;
	for (i = 0; i < n; i++) {
		cat->pubs[i] = objs[i];
		cat->pubs[i]->index = i;
	}
	cat->npubs = n;
	return true;
}

/*
 * The document.
 */

static void
parse_root(struct loader *L)
{
	char	 buf[QUOTE_MAX * 4 + 16];

	switch (L->ev.type) {
	case YAML_MAPPING_START_EVENT:
		parse_map(L, &root_schema, L->cat);
		break;
	case YAML_SEQUENCE_START_EVENT:
		/* A bare list of publications is a catalogue too. */
		parse_maplist(L, &root_fields[1], L->cat);
		break;
	default:
		diags_add(L->d, DIAG_ERROR, here(L), "a catalogue must be a "
		    "mapping with 'publications', or a list of publications, "
		    "not %s", node_kind(L, buf, sizeof(buf)));
		break;
	}
}

static void
parse_stream(struct loader *L)
{
	if (!next(L))			/* STREAM-START */
		return;
	/* libyaml would read UTF-16 too; the catalogue format is UTF-8. */
	if (L->ev.data.stream_start.encoding != YAML_UTF8_ENCODING) {
		diags_add(L->d, DIAG_ERROR, here(L), "the catalogue must be "
		    "encoded in UTF-8, not UTF-16");
		return;
	}
	if (!next(L))
		return;
	if (L->ev.type == YAML_STREAM_END_EVENT) {
		diags_add(L->d, DIAG_ERROR, here(L), "the catalogue is empty: "
		    "no YAML document");
		return;
	}
	if (!next(L))			/* the root node */
		return;
	parse_root(L);
	if (L->stop || L->d->oom)
		return;
	if (!next(L))			/* DOCUMENT-END */
		return;
	if (!next(L))
		return;
	if (L->ev.type != YAML_STREAM_END_EVENT)
		diags_add(L->d, DIAG_ERROR, here(L), "a second YAML document; "
		    "a catalogue is a single document");
}

/*
 * libyaml builds a whole value before it hands it over, so the value
 * limit alone would let a 300 MB abstract take gigabytes in libyaml:
 * no more than LOAD_MAX_RAW bytes are read between two events.
 */
static int
read_handler(void *data, unsigned char *buf, size_t size, size_t *nread)
{
	struct loader	*L = data;

	*nread = 0;
	if (L->raw >= LOAD_MAX_RAW) {
		L->too_raw = true;
		return 0;
	}
	if (size > LOAD_MAX_RAW - L->raw)
		size = (size_t)(LOAD_MAX_RAW - L->raw);
	*nread = input_read(L->in, buf, size);
	L->raw += *nread;
	return 1;
}

const struct load_opts load_default_opts = {
	LOAD_MAX_DEPTH, LOAD_MAX_FIELD, LOAD_MAX_RECORDS, 0, NULL, NULL
};

struct catalog *
catalog_load(struct input *in, struct diags *d)
{
	return catalog_load_with(in, d, &load_default_opts);
}

struct catalog *
catalog_load_memory(const char *name, const void *text, size_t len,
    struct diags *d)
{
	struct input	*in;
	struct catalog	*cat;

	diags_init(d, name);
	if ((in = input_memory(name, text, len)) == NULL) {
		d->oom = true;
		return NULL;
	}
	cat = catalog_load(in, d);
	input_close(in);
	return cat;
}

struct catalog *
catalog_load_with(struct input *in, struct diags *d,
    const struct load_opts *opts)
{
	struct loader		 L;
	struct diags		 rd;
	struct load_opts	 lim = *opts;
	const char		*buf;
	size_t			 len, i;
	bool			 ok;

	memset(&L, 0, sizeof(L));
	if (lim.depth > LOAD_MAX_DEPTH)
		lim.depth = LOAD_MAX_DEPTH;
	L.limits = &lim;
	L.in = in;
	L.d = d;
	diags_init(&L.missing, d->file);
	L.missing.max = d->max;
	if ((L.cat = catalog_new(input_name(in))) == NULL) {
		d->oom = true;
		return NULL;
	}
	if (!yaml_parser_initialize(&L.parser)) {
		d->oom = true;
		catalog_free(L.cat);
		return NULL;
	}
	if (input_contents(in, &buf, &len))
		yaml_parser_set_input_string(&L.parser,
		    (const unsigned char *)buf, len);
	else
		yaml_parser_set_input(&L.parser, read_handler, &L);

	parse_stream(&L);

	if (L.have_ev)
		yaml_event_delete(&L.ev);
	yaml_parser_delete(&L.parser);
	for (i = 0; i < sizeof(L.scratch) / sizeof(L.scratch[0]); i++)
		free(L.scratch[i].buf);

	if (!L.bad_yaml)
		diags_merge(d, &L.missing);
	diags_free(&L.missing);

	/* Duplicate ids are worth reporting beside other errors. */
	if (!L.bad_yaml && !d->oom)
		ids_assign(L.cat, d);
	diags_sort(d);
	/*
	 * A read error (or a file changing under us) explains whatever
	 * else went wrong, such as an "empty" catalogue: report it alone.
	 */
	diags_init(&rd, d->file);
	if (!input_finish(in, &rd) && rd.n > 0) {
		diags_clear(d);
		diags_merge(d, &rd);
	}
	diags_free(&rd);
	ok = !diags_failed(d) && input_finish(in, d);
	if (!ok) {
		catalog_free(L.cat);
		return NULL;
	}
	return L.cat;
}
