/*
 * ids.c: checking and deriving publication ids.
 *
 * A hash set of the ids in use (open addressing, sized for the whole
 * catalogue at once) and a count per derived base make this linear in
 * the number of records.  Ids
 * are compared ignoring ASCII case, as show compares them: "X-2015" and
 * "x-2015" would name the same record.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "arena.h"
#include "fold.h"
#include "htab.h"
#include "ids.h"
#include "text.h"

/* The ids seen, found by a hash that ignores ASCII case. */
struct idset {
	struct htab	 index;		/* into pub */
	struct pub	**pub;		/* the records, in the order added */
	size_t		 n;
};

static bool
idset_init(struct idset *set, size_t n)
{
	set->n = 0;
	set->pub = calloc(n + 1, sizeof(*set->pub));
	return htab_init(&set->index, n) && set->pub != NULL;
}

static void
idset_free(struct idset *set)
{
	htab_free(&set->index);
	free(set->pub);
}

/* The slot of id, or the empty slot where it would go. */
static struct hslot *
idset_find(const struct idset *set, struct str id, uint64_t h)
{
	struct hslot	*sl;

	for (sl = htab_first(&set->index, h); sl->idx != 0;
	    sl = htab_next(&set->index, sl))
		if (sl->h == h && str_eq_nocase(set->pub[sl->idx - 1]->id, id))
			break;
	return sl;
}

/* Insert p by its id; returns the record already holding it, or NULL. */
static struct pub *
idset_add(struct idset *set, struct pub *p)
{
	struct hslot	*sl;
	uint64_t	 h = htab_hash_nocase(p->id.ptr, p->id.len);

	if ((sl = idset_find(set, p->id, h))->idx != 0)
		return set->pub[sl->idx - 1];
	set->pub[set->n++] = p;
	sl->h = h;
	sl->idx = set->n;
	return NULL;
}

static bool
idset_has(const struct idset *set, const char *id, size_t len)
{
	return idset_find(set, str_make(id, len),
	    htab_hash_nocase(id, len))->idx != 0;
}

/* Where the main title ends: before a subtitle after ':' or " - ". */
static size_t
main_title_length(const char *s, size_t len)
{
	size_t	 i;

	for (i = 1; i < len; i++)
		if (s[i] == ':' || (s[i] == ' ' && i + 2 < len &&
		    s[i + 1] == '-' && s[i + 2] == ' '))
			return i;
	return len;
}

size_t
ids_slug(const char *title, size_t len, char *buf, size_t size)
{
	struct foldbuf	 fb = { NULL, 0 };
	struct str	 f;
	ucs4_t		 uc;
	size_t		 i, o = 0, words = 0;
	int		 n;
	bool		 gap = false;

	f = fold(&fb, title, main_title_length(title, len));
	if (f.ptr == NULL)
		return SIZE_MAX;
	for (i = 0; i < f.len; i += (size_t)n) {
		n = u8_mbtouc(&uc, (const uint8_t *)f.ptr + i, f.len - i);
		if (n <= 0)
			n = 1;
		if (!uc_is_alnum(uc)) {
			gap = o > 0;
			continue;
		}
		if (gap) {
			if (++words >= IDS_SLUG_WORDS || o + 1 + (size_t)n >= size)
				break;
			buf[o++] = '-';
			gap = false;
		}
		if (o + (size_t)n >= size)
			break;
		memcpy(buf + o, f.ptr + i, (size_t)n);
		o += (size_t)n;
	}
	fold_free(&fb);
	if (size > 0)
		buf[o < size ? o : size - 1] = '\0';
	return o;
}

/*
 * The bases ("slug-year") already derived, each with the next suffix to
 * try.  Ids are only ever added to the set, so a suffix found taken stays
 * taken and the search for a base can resume where it stopped: every
 * record costs one try plus the tries that hit an id in use, and an id
 * in use is hit at most twice (as a base, and as base-k), so deriving is
 * linear in the number of records however many share a title.
 */
struct base {
	const char	*ptr;		/* the first id derived from it */
	size_t		 len;
	long		 next;		/* the suffix to try next; 1: none */
};

struct bases {
	struct htab	 index;		/* into v */
	struct base	*v;
	size_t		 n;
};

static bool
bases_init(struct bases *b, size_t n)
{
	b->n = 0;
	b->v = calloc(n + 1, sizeof(*b->v));
	return htab_init(&b->index, n) && b->v != NULL;
}

static void
bases_free(struct bases *b)
{
	htab_free(&b->index);
	free(b->v);
}

/* The base named s, added (with nothing tried yet) if new. */
static struct base *
bases_get(struct bases *b, const char *s, size_t len)
{
	struct hslot	*sl;
	struct base	*v;
	uint64_t	 h = htab_hash(s, len);

	for (sl = htab_first(&b->index, h); sl->idx != 0;
	    sl = htab_next(&b->index, sl)) {
		v = &b->v[sl->idx - 1];
		if (sl->h == h && v->len == len && memcmp(v->ptr, s, len) == 0)
			return v;
	}
	v = &b->v[b->n++];
	v->ptr = s;
	v->len = len;
	v->next = 1;
	sl->h = h;
	sl->idx = b->n;
	return v;
}

/* Make an unused id from p's title and year, and keep it in the arena. */
static bool
derive(struct catalog *cat, struct idset *set, struct bases *bases,
    struct pub *p)
{
	char		 slug[IDS_SLUG_MAX], base[IDS_SLUG_MAX + 32];
	char		 id[IDS_SLUG_MAX + 64];
	struct base	*b;
	size_t		 n, blen;
	char		*copy;
	int		 len;

	n = ids_slug(p->title.ptr, p->title.len, slug, sizeof(slug));
	if (n == SIZE_MAX)
		return false;
	if (n == 0)
		snprintf(slug, sizeof(slug), "publication");
	len = snprintf(base, sizeof(base), "%s-%ld", slug, p->year);
	blen = (size_t)len;
	b = bases_get(bases, base, blen);
	for (;; b->next++) {
		if (b->next == 1)
			len = snprintf(id, sizeof(id), "%s", base);
		else
			len = snprintf(id, sizeof(id), "%s-%ld", base, b->next);
		if (!idset_has(set, id, (size_t)len))
			break;
	}
	b->next++;
	if ((copy = arena_strndup(cat->arena, id, (size_t)len)) == NULL)
		return false;
	if (b->ptr == base)		/* a new base: keep it in the arena */
		b->ptr = copy;
	p->id = str_make(copy, (size_t)len);
	p->id_derived = true;
	idset_add(set, p);
	return true;
}

bool
ids_assign(struct catalog *cat, struct diags *d)
{
	struct idset	 set;
	struct bases	 bases;
	struct pub	*p, *first;
	char		 q[160];
	size_t		 i;
	bool		 ok = true, room;

	room = idset_init(&set, cat->npubs);
	room = bases_init(&bases, cat->npubs) && room;
	if (!room) {
		idset_free(&set);
		bases_free(&bases);
		d->oom = true;
		return false;
	}
	for (i = 0; i < cat->npubs; i++) {
		p = cat->pubs[i];
		if (!str_present(p->id))
			continue;
		if ((first = idset_add(&set, p)) != NULL) {
			text_quote(q, sizeof(q), p->id.ptr, p->id.len, 40);
			diags_add(d, DIAG_ERROR, p->field_at[FIELD_ID],
			    "duplicate id '%s' (first used at line %lu)", q,
			    (unsigned long)first->field_at[FIELD_ID].line);
			ok = false;
		}
	}
	for (i = 0; ok && i < cat->npubs; i++) {
		p = cat->pubs[i];
		if (!str_present(p->id) && !derive(cat, &set, &bases, p)) {
			d->oom = true;
			ok = false;
		}
	}
	idset_free(&set);
	bases_free(&bases);
	return ok;
}

bool
ids_has_prefix(struct str id, const char *prefix, size_t len)
{
	return len <= id.len && str_eq_nocase(str_make(id.ptr, len),
	    str_make(prefix, len));
}

static int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int
cmp_id_nocase(const void *va, const void *vb)
{
	const struct pub	*a = *(const struct pub *const *)va;
	const struct pub	*b = *(const struct pub *const *)vb;
	size_t			 i, n = a->id.len < b->id.len ? a->id.len :
				    b->id.len;
	int			 x, y;

	for (i = 0; i < n; i++) {
		x = ascii_lower((unsigned char)a->id.ptr[i]);
		y = ascii_lower((unsigned char)b->id.ptr[i]);
		if (x != y)
			return (x > y) - (x < y);
	}
	return (a->id.len > b->id.len) - (a->id.len < b->id.len);
}

/* Bytes that a and b share at their start, ASCII case ignored. */
static size_t
common_start(struct str a, struct str b)
{
	size_t	 i;

	for (i = 0; i < a.len && i < b.len; i++)
		if (ascii_lower((unsigned char)a.ptr[i]) !=
		    ascii_lower((unsigned char)b.ptr[i]))
			break;
	return i;
}

/*
 * Sorted, an id shares the longest start with one of its neighbours:
 * one byte more than that is unique.  Linear after the sort.
 */
bool
ids_unique_prefixes(const struct catalog *cat, size_t *uniq)
{
	struct pub	**v;
	struct str	 id;
	size_t		 i, need, lcp;

	if ((v = malloc((cat->npubs + 1) * sizeof(*v))) == NULL)
		return false;
	memcpy(v, cat->pubs, cat->npubs * sizeof(*v));
	qsort(v, cat->npubs, sizeof(*v), cmp_id_nocase);
	for (i = 0; i < cat->npubs; i++) {
		id = v[i]->id;
		need = 0;
		if (i > 0 && (lcp = common_start(id, v[i - 1]->id)) > need)
			need = lcp;
		if (i + 1 < cat->npubs &&
		    (lcp = common_start(id, v[i + 1]->id)) > need)
			need = lcp;
		need = need < id.len ? need + 1 : id.len;
		/* Never end inside a UTF-8 character. */
		while (need < id.len &&
		    ((unsigned char)id.ptr[need] & 0xc0) == 0x80)
			need++;
		uniq[v[i]->index] = need;
	}
	free(v);
	return true;
}
