/*
 * validate.c: checks beyond the loader's schema.
 *
 * The checks that compare records with each other (the same ISBN twice,
 * the same title twice) use hash tables sized once for the whole
 * catalogue, and languages are looked up once per distinct spelling
 * (lang_find() folds every name of the table, far too slow to run a
 * million times), so that validation stays linear in the records.
 *
 * Expected check digits are found by asking isbn.c which digit would be
 * valid, so that the arithmetic lives in one place.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "catalog.h"
#include "diag.h"
#include "fold.h"
#include "htab.h"
#include "isbn.h"
#include "lang.h"
#include "lexicon.h"
#include "text.h"
#include "validate.h"

#define QUOTE_MAX	40		/* characters of a value in a message */
#define QBUF		(QUOTE_MAX * 4 + 8)
#define MAX_DIGITS	15		/* more is too long for any kind */

enum id_kind {
	ID_ISBN,
	ID_EISBN,
	ID_ISSN
};

/* What is wrong with an identifier, most specific first. */
enum id_problem {
	ID_OK,
	ID_CHECK_DIGIT,		/* well formed, but the check digit is off */
	ID_BAD_CHAR,		/* something besides digits, '-', ' ', X */
	ID_BAD_LENGTH,		/* not 10 or 13 digits (8 for an ISSN) */
	ID_BAD_X,		/* X other than as an ISBN-10's or ISSN's last */
	ID_BAD_PREFIX		/* 13 digits not starting 978 or 979 */
};

/* One identifier, reduced to its digits, and what is wrong with it. */
struct idcheck {
	enum id_problem	 problem;
	char		 digits[MAX_DIGITS + 1];
	size_t		 ndigits;	/* digits seen, even past MAX_DIGITS */
	size_t		 bad;		/* ID_BAD_CHAR: byte offset of it */
	char		 expected;	/* ID_CHECK_DIGIT: the right digit */
};

/* An ISBN as first written, in normalised form. */
struct isbnseen {
	char		 key[ISBN_NORM_MAX];
	const struct pub *first;	/* the record that has it first */
	const struct pub *last;		/* the last record reported for it */
	struct pos	 at;
	struct str	 spelling;
};

/* A language as written, and what the table says of it. */
struct langseen {
	struct str	 s;
	bool		 known;
	const char	*near;		/* unknown: the name suggested */
};

struct validator {
	const struct catalog *cat;
	struct diags	*d;
	unsigned	 what;
	long		 year_max;
	bool		 year_max_edition; /* year_max is the edition's */
	struct htab	 isbns;
	struct isbnseen	*isbnv;
	size_t		 nisbn;
	struct htab	 titles;	/* idx: the record's index + 1 */
	struct foldbuf	 fb, fb2;
	struct htab	 langs;
	struct langseen	*langv;
	size_t		 nlang;
};

/*
 * Identifiers.
 */

static const char *
kind_name(enum id_kind k)
{
	return k == ID_ISSN ? "ISSN" : k == ID_EISBN ? "E-ISBN" : "ISBN";
}

/* Try every check digit until isbn.c accepts one. */
static char
expected_digit(char *d, size_t n, bool (*valid)(const char *, size_t))
{
	static const char	 cands[] = "0123456789X";
	char			 was = d[n - 1], found = '?';
	size_t			 i;

	for (i = 0; cands[i] != '\0' && found == '?'; i++) {
		d[n - 1] = cands[i];
		if (valid(d, n))
			found = cands[i];
	}
	d[n - 1] = was;
	return found;
}

/* Keep the digits (and X) of s; note the first other character. */
static bool
reduce(struct str s, struct idcheck *ck)
{
	size_t	 i;
	char	 c;

	memset(ck, 0, sizeof(*ck));
	for (i = 0; i < s.len; i++) {
		c = s.ptr[i];
		if (c == '-' || c == ' ')
			continue;
		if (c == 'x')
			c = 'X';
		if ((c < '0' || c > '9') && c != 'X') {
			ck->problem = ID_BAD_CHAR;
			ck->bad = i;
			return false;
		}
		if (ck->ndigits < MAX_DIGITS)
			ck->digits[ck->ndigits] = c;
		ck->ndigits++;
	}
	return true;
}

/* Is there an X anywhere but at the end of the first n digits? */
static bool
misplaced_x(const struct idcheck *ck, size_t n, bool x_last_ok)
{
	const char	*x;

	x = memchr(ck->digits, 'X', n);
	return x != NULL && (!x_last_ok || x != ck->digits + n - 1);
}

static void
check_isbn(struct idcheck *ck)
{
	size_t	 n = ck->ndigits;

	if (n != 10 && n != 13)
		ck->problem = ID_BAD_LENGTH;
	else if (misplaced_x(ck, n, n == 10))
		ck->problem = ID_BAD_X;
	else if (n == 13 && memcmp(ck->digits, "978", 3) != 0 &&
	    memcmp(ck->digits, "979", 3) != 0)
		ck->problem = ID_BAD_PREFIX;
	else if (n == 13 ? !isbn13_valid(ck->digits, n) :
	    !isbn10_valid(ck->digits, n)) {
		ck->problem = ID_CHECK_DIGIT;
		ck->expected = expected_digit(ck->digits, n,
		    n == 13 ? isbn13_valid : isbn10_valid);
	}
}

static void
check_issn(struct idcheck *ck)
{
	if (ck->ndigits != 8)
		ck->problem = ID_BAD_LENGTH;
	else if (misplaced_x(ck, 8, true))
		ck->problem = ID_BAD_X;
	else if (!issn_valid(ck->digits, 8)) {
		ck->problem = ID_CHECK_DIGIT;
		ck->expected = expected_digit(ck->digits, 8, issn_valid);
	}
}

static enum id_problem
check_id(enum id_kind kind, struct str s, struct idcheck *ck)
{
	if (reduce(s, ck)) {
		if (kind == ID_ISSN)
			check_issn(ck);
		else
			check_isbn(ck);
	}
	return ck->problem;
}

static void
report_id(struct validator *V, enum id_kind kind, struct str s,
    struct pos at, const struct idcheck *ck)
{
	char		 q[QBUF], c[QBUF];
	uint32_t	 cp;
	size_t		 n;

	text_quote(q, sizeof(q), s.ptr, s.len, QUOTE_MAX);
	switch (ck->problem) {
	case ID_OK:
		return;
	case ID_CHECK_DIGIT:
		diags_add(V->d, DIAG_ERROR, at, "%s %s has a wrong check digit "
		    "(expected %c)", kind_name(kind), q, ck->expected);
		return;
	case ID_BAD_CHAR:
		n = text_decode(s.ptr + ck->bad, s.len - ck->bad, &cp);
		text_quote(c, sizeof(c), s.ptr + ck->bad, n, 1);
		diags_add(V->d, DIAG_ERROR, at, "\"%s\" is not an %s: '%s' is "
		    "not a digit", q, kind_name(kind), c);
		return;
	case ID_BAD_LENGTH:
		diags_add(V->d, DIAG_ERROR, at, "\"%s\" is not an %s: it has "
		    "%zu digits, not %s", q, kind_name(kind), ck->ndigits,
		    kind == ID_ISSN ? "8" : "10 or 13");
		return;
	case ID_BAD_X:
		diags_add(V->d, DIAG_ERROR, at, "\"%s\" is not an %s: only "
		    "the check digit of %s may be X", q, kind_name(kind),
		    kind == ID_ISSN ? "an ISSN" : "an ISBN-10");
		return;
	case ID_BAD_PREFIX:
		diags_add(V->d, DIAG_ERROR, at, "\"%s\" is not an %s: an "
		    "ISBN-13 starts with 978 or 979", q, kind_name(kind));
		return;
	}
}

/* Call fn for every ISBN and E-ISBN of p, editions' included. */
static bool
each_isbn(struct validator *V, const struct pub *p,
    bool (*fn)(struct validator *, const struct pub *, enum id_kind,
    struct str, struct pos))
{
	const struct edition	*e;
	size_t			 i, j;

	for (i = 0; i < p->isbn.n; i++)
		if (!fn(V, p, ID_ISBN, p->isbn.v[i], p->isbn.at[i]))
			return false;
	for (i = 0; i < p->eisbn.n; i++)
		if (!fn(V, p, ID_EISBN, p->eisbn.v[i], p->eisbn.at[i]))
			return false;
	for (j = 0; j < p->neditions; j++) {
		e = p->editions[j];
		for (i = 0; i < e->isbn.n; i++)
			if (!fn(V, p, ID_ISBN, e->isbn.v[i], e->isbn.at[i]))
				return false;
	}
	return true;
}

static bool
report_isbn(struct validator *V, const struct pub *p, enum id_kind kind,
    struct str s, struct pos at)
{
	struct idcheck	 ck;

	(void)p;
	if (check_id(kind, s, &ck) != ID_OK)
		report_id(V, kind, s, at, &ck);
	return true;
}

static bool
isbn_fine(struct validator *V, const struct pub *p, enum id_kind kind,
    struct str s, struct pos at)
{
	struct idcheck	 ck;

	(void)V;
	(void)p;
	(void)at;
	return check_id(kind, s, &ck) == ID_OK;
}

bool
validate_identifiers_ok(const struct pub *p)
{
	struct idcheck	 ck;

	return each_isbn(NULL, p, isbn_fine) && (!str_present(p->issn) ||
	    check_id(ID_ISSN, p->issn, &ck) == ID_OK);
}

/*
 * The same ISBN in two records.
 */

static bool
note_isbn(struct validator *V, const struct pub *p, enum id_kind kind,
    struct str s, struct pos at)
{
	struct idcheck	 ck;
	struct isbnseen	*e;
	struct hslot	*sl;
	char		 key[ISBN_NORM_MAX], q[QBUF], f[QBUF], id[QBUF];
	uint64_t	 h;

	/* A malformed ISBN is reported as such, and only that. */
	if (check_id(kind, s, &ck) != ID_OK ||
	    isbn_normalize(s.ptr, s.len, key) == 0)
		return true;
	h = htab_hash(key, strlen(key));
	for (sl = htab_first(&V->isbns, h); sl->idx != 0;
	    sl = htab_next(&V->isbns, sl))
		if (sl->h == h && strcmp(V->isbnv[sl->idx - 1].key, key) == 0)
			break;
	if (sl->idx == 0) {
		e = &V->isbnv[V->nisbn++];
		memcpy(e->key, key, sizeof(key));
		e->first = e->last = p;
		e->at = at;
		e->spelling = s;
		sl->h = h;
		sl->idx = V->nisbn;
		return true;
	}
	e = &V->isbnv[sl->idx - 1];
	if (e->last == p)	/* its own record, or reported for p already */
		return true;
	e->last = p;
	text_quote(q, sizeof(q), s.ptr, s.len, QUOTE_MAX);
	text_quote(f, sizeof(f), e->spelling.ptr, e->spelling.len, QUOTE_MAX);
	text_quote(id, sizeof(id), e->first->id.ptr, e->first->id.len,
	    QUOTE_MAX);
	if (s.len == e->spelling.len && memcmp(s.ptr, e->spelling.ptr,
	    s.len) == 0)
		diags_add(V->d, DIAG_ERROR, at, "duplicate %s %s (first used "
		    "at line %lu, in '%s')", kind_name(kind), q,
		    (unsigned long)e->at.line, id);
	else
		diags_add(V->d, DIAG_ERROR, at, "duplicate %s %s (first used "
		    "as %s at line %lu, in '%s')", kind_name(kind), q, f,
		    (unsigned long)e->at.line, id);
	return true;
}

static size_t
count_isbns(const struct catalog *cat)
{
	const struct pub	*p;
	size_t			 i, j, n = 0;

	for (i = 0; i < cat->npubs; i++) {
		p = cat->pubs[i];
		n += p->isbn.n + p->eisbn.n;
		for (j = 0; j < p->neditions; j++)
			n += p->editions[j]->isbn.n;
	}
	return n;
}

/*
 * The same title twice: titles are compared folded, but only the hash is
 * kept; a record is folded again only when its hash comes up.
 */

static bool
note_title(struct validator *V, const struct pub *p)
{
	const struct pub *other;
	struct hslot	*sl;
	struct str	 f, g;
	uint64_t	 h;
	char		 q[QBUF];

	if ((f = fold(&V->fb, p->title.ptr, p->title.len)).ptr == NULL)
		return false;
	h = htab_hash(f.ptr, f.len);
	for (sl = htab_first(&V->titles, h); sl->idx != 0;
	    sl = htab_next(&V->titles, sl)) {
		if (sl->h != h)
			continue;
		other = V->cat->pubs[sl->idx - 1];
		if ((g = fold(&V->fb2, other->title.ptr,
		    other->title.len)).ptr == NULL)
			return false;
		if (g.len == f.len && memcmp(g.ptr, f.ptr, f.len) == 0) {
			text_quote(q, sizeof(q), other->id.ptr, other->id.len,
			    QUOTE_MAX);
			diags_add(V->d, DIAG_WARNING, p->field_at[FIELD_TITLE],
			    "the same title as the record at line %lu ('%s')",
			    (unsigned long)other->field_at[FIELD_TITLE].line,
			    q);
			return true;
		}
	}
	sl->h = h;
	sl->idx = p->index + 1;
	return true;
}

/*
 * Years and page counts.
 */

/* The last run of exactly four digits in s, or 0. */
static long
last_year_in(struct str s)
{
	size_t	 i, run = 0;
	long	 year = 0;

	for (i = 0; i <= s.len; i++) {
		if (i < s.len && s.ptr[i] >= '0' && s.ptr[i] <= '9') {
			run++;
			continue;
		}
		if (run == 4 && s.ptr[i - 4] != '0')
			year = strtol(s.ptr + i - 4, NULL, 10);
		run = 0;
	}
	return year;
}

long
validate_year_max(const struct catalog *cat, bool *from_edition)
{
	struct tm	 tm;
	time_t		 now;
	long		 year = 0;

	if (str_present(cat->info.edition))
		year = last_year_in(cat->info.edition);
	if (from_edition != NULL)
		*from_edition = year != 0;
	if (year != 0)
		return year;
	now = time(NULL);
	if (localtime_r(&now, &tm) == NULL)
		return 9999;
	return tm.tm_year + 1900L + 1;
}

static void
check_year(struct validator *V, long year, struct pos at)
{
	char	 q[QBUF];

	if (year < VALIDATE_YEAR_MIN)
		diags_add(V->d, DIAG_WARNING, at, "implausible year %ld "
		    "(before %d)", year, VALIDATE_YEAR_MIN);
	else if (year > V->year_max && V->year_max_edition) {
		text_quote(q, sizeof(q), V->cat->info.edition.ptr,
		    V->cat->info.edition.len, QUOTE_MAX);
		diags_add(V->d, DIAG_WARNING, at, "implausible year %ld "
		    "(after the catalogue's edition, %s)", year, q);
	} else if (year > V->year_max)
		diags_add(V->d, DIAG_WARNING, at, "implausible year %ld "
		    "(after next year, %ld)", year, V->year_max);
}

static void
check_pages(struct validator *V, long pages, struct pos at)
{
	if (pages > VALIDATE_PAGES_MAX)
		diags_add(V->d, DIAG_WARNING, at, "implausible page count %ld "
		    "(more than %d)", pages, VALIDATE_PAGES_MAX);
}

static void
check_ranges(struct validator *V, const struct pub *p)
{
	const struct edition	*e;
	size_t			 i;

	check_year(V, p->year, p->field_at[FIELD_YEAR]);
	check_pages(V, p->pages, p->field_at[FIELD_PAGES]);
	for (i = 0; i < p->neditions; i++) {
		e = p->editions[i];
		check_year(V, e->year, e->field_at[EDITION_YEAR]);
		check_pages(V, e->pages, e->field_at[EDITION_PAGES]);
	}
}

/*
 * Languages.
 */

static void
check_language(struct validator *V, struct str s, struct pos at)
{
	struct langseen	*l;
	struct hslot	*sl;
	uint64_t	 h;
	char		 q[QBUF];

	h = htab_hash(s.ptr, s.len);
	for (sl = htab_first(&V->langs, h); sl->idx != 0;
	    sl = htab_next(&V->langs, sl))
		if (sl->h == h && V->langv[sl->idx - 1].s.len == s.len &&
		    memcmp(V->langv[sl->idx - 1].s.ptr, s.ptr, s.len) == 0)
			break;
	if (sl->idx == 0) {
		bool known = lang_find(s.ptr, s.len, &V->d->oom) != NULL;
		if (V->d->oom)
			return;
		l = &V->langv[V->nlang++];
		l->s = s;
		l->known = known;
		l->near = l->known ? NULL : lang_suggest(s.ptr, s.len);
		sl->h = h;
		sl->idx = V->nlang;
	}
	l = &V->langv[sl->idx - 1];
	if (l->known)
		return;
	text_quote(q, sizeof(q), s.ptr, s.len, QUOTE_MAX);
	if (l->near != NULL)
		diags_add(V->d, DIAG_WARNING, at, "language \"%s\" is not in "
		    "the ISO 639-1 table; did you mean '%s'?", q, l->near);
	else
		diags_add(V->d, DIAG_WARNING, at, "language \"%s\" is not in "
		    "the ISO 639-1 table", q);
}

static void
check_languages(struct validator *V, const struct pub *p)
{
	const struct edition	*e;
	size_t			 i, j;

	for (i = 0; i < p->languages.n; i++)
		check_language(V, p->languages.v[i], p->languages.at[i]);
	for (j = 0; j < p->neditions; j++) {
		e = p->editions[j];
		for (i = 0; i < e->languages.n; i++)
			check_language(V, e->languages.v[i],
			    e->languages.at[i]);
	}
}

/*
 * Countries: each an ISO 3166-1 alpha-2 code, in upper case, that
 * Debian's iso-codes lists (lexicon.h).
 */
static void
check_countries(struct validator *V, const struct pub *p)
{
	const struct lex_country *c;
	const char	*codes;
	struct str	 s;
	char		 q[QBUF];
	size_t		 i;

	for (i = 0; i < p->countries.n; i++) {
		s = p->countries.v[i];
		c = lex_country(s.ptr, s.len);
		if (c != NULL && memcmp(c->code, s.ptr, 2) == 0)
			continue;
		text_quote(q, sizeof(q), s.ptr, s.len, QUOTE_MAX);
		if (c != NULL) {
			diags_add(V->d, DIAG_ERROR, p->countries.at[i],
			    "country \"%s\" is a code in upper case: '%s' "
			    "(%s)", q, c->code, c->name);
			continue;
		}
		codes = lex_find_place(s.ptr, s.len, &V->d->oom);
		if (V->d->oom)
			return;
		if (codes != NULL && strlen(codes) == 2)
			diags_add(V->d, DIAG_ERROR, p->countries.at[i],
			    "country \"%s\" is written as its ISO 3166-1 "
			    "code: '%s'", q, codes);
		else
			diags_add(V->d, DIAG_ERROR, p->countries.at[i],
			    "country \"%s\" is not an ISO 3166-1 alpha-2 code",
			    q);
	}
}

static size_t
count_languages(const struct catalog *cat)
{
	const struct pub	*p;
	size_t			 i, j, n = 0;

	for (i = 0; i < cat->npubs; i++) {
		p = cat->pubs[i];
		n += p->languages.n;
		for (j = 0; j < p->neditions; j++)
			n += p->editions[j]->languages.n;
	}
	return n;
}

/*
 * The whole catalogue.
 */

static bool
validator_init(struct validator *V, const struct catalog *cat,
    struct diags *d, unsigned what)
{
	size_t	 n;

	memset(V, 0, sizeof(*V));
	V->cat = cat;
	V->d = d;
	V->what = what;
	V->year_max = validate_year_max(cat, &V->year_max_edition);
	if (what & VALIDATE_DUPLICATE_ISBNS) {
		n = count_isbns(cat);
		if (!htab_init(&V->isbns, n) ||
		    (V->isbnv = calloc(n + 1, sizeof(*V->isbnv))) == NULL)
			return false;
	}
	if ((what & VALIDATE_DUPLICATE_TITLES) &&
	    !htab_init(&V->titles, cat->npubs))
		return false;
	if (what & VALIDATE_LANGUAGES) {
		n = count_languages(cat);
		if (!htab_init(&V->langs, n) ||
		    (V->langv = calloc(n + 1, sizeof(*V->langv))) == NULL)
			return false;
	}
	return true;
}

static void
validator_free(struct validator *V)
{
	htab_free(&V->isbns);
	htab_free(&V->titles);
	htab_free(&V->langs);
	free(V->isbnv);
	free(V->langv);
	fold_free(&V->fb);
	fold_free(&V->fb2);
}

static bool
validate_pub(struct validator *V, const struct pub *p)
{
	struct idcheck	 ck;

	if (V->what & VALIDATE_IDENTIFIERS) {
		each_isbn(V, p, report_isbn);
		if (str_present(p->issn) &&
		    check_id(ID_ISSN, p->issn, &ck) != ID_OK)
			report_id(V, ID_ISSN, p->issn,
			    p->field_at[FIELD_ISSN], &ck);
	}
	if (V->what & VALIDATE_DUPLICATE_ISBNS)
		each_isbn(V, p, note_isbn);
	if ((V->what & VALIDATE_DUPLICATE_TITLES) && !note_title(V, p))
		return false;
	if (V->what & VALIDATE_RANGES)
		check_ranges(V, p);
	if (V->what & VALIDATE_LANGUAGES)
		check_languages(V, p);
	if (V->what & VALIDATE_COUNTRIES)
		check_countries(V, p);
	return !V->d->oom;
}

bool
validate_catalog(const struct catalog *cat, struct diags *d, unsigned what)
{
	struct validator V;
	size_t		 i;
	bool		 ok;

	ok = validator_init(&V, cat, d, what);
	for (i = 0; ok && i < cat->npubs; i++)
		ok = validate_pub(&V, cat->pubs[i]);
	validator_free(&V);
	if (!ok)
		d->oom = true;
	return ok;
}
