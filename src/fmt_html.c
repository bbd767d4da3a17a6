/*
 * fmt_html.c: the records as one self-contained HTML5 page, for people
 * who never open a terminal ("send me the list").
 *
 *	iompubs list --format html > catalogue.html
 *
 * The page is whole in itself, so that it works opened from a disk or
 * an e-mail attachment: the style sheet and the script (src/html/,
 * compiled in) are inline, and a Content-Security-Policy allows exactly
 * those two, by their SHA-256 hashes, and nothing else: no request of
 * any kind, no other script, no inline style attribute.  Without
 * JavaScript every record is shown and the search controls stay hidden.
 *
 * A record is what show shows but the transcriber's notes, which are
 * about the catalogue's text, not the publication (yaml and show keep
 * them), so that the page stays small enough to send by e-mail.
 *
 * Each record is an <article> whose id is the record's id (so that
 * catalogue.html#ID links to it) and whose data- attributes give the
 * script what its facets need: the years (the record's and its
 * editions'), the languages (ISO 639-1 codes where known) and the
 * availability.  The script searches the text of the elements of class
 * "s": title, id, languages, ISBNs, ISSN, editions and abstract.
 *
 * Every value from the catalogue is escaped for where it goes (text or
 * a double-quoted attribute), and characters that could disguise text
 * (controls, bidirectional overrides) are shown as the visible escapes
 * out_text() uses, so that the page says what the catalogue holds.
 * The page's own element ids start with "iompubs-", or "iompubs1-" and
 * so on if a record's id starts with that, out of the way of record ids.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "catalog.h"
#include "cite.h"
#include "format.h"
#include "html_assets.h"
#include "lang.h"
#include "lexicon.h"
#include "obtain.h"
#include "out.h"
#include "text.h"

/*
 * Text for an HTML element, or for a double-quoted attribute value:
 * markup characters become references; unsafe characters become
 * visible escapes.
 */
static void
html_escape(struct out *o, uint32_t cp)
{
	switch (cp) {
	case '&':
		out_str(o, "&amp;");
		break;
	case '<':
		out_str(o, "&lt;");
		break;
	case '>':
		out_str(o, "&gt;");
		break;
	case '"':
		out_str(o, "&quot;");
		break;
	case '\'':
		out_str(o, "&#39;");
		break;
	default:
		out_visible(o, cp);
		break;
	}
}

static const struct escape html_text_escapes = {
	{ ['&'] = 1, ['<'] = 1, ['>'] = 1 }, NULL, html_escape
};
static const struct escape html_attr_escapes = {
	{ ['&'] = 1, ['<'] = 1, ['>'] = 1, ['"'] = 1, ['\''] = 1 }, NULL,
	html_escape
};

static void
html_text(struct out *o, struct str s, bool attr)
{
	if (str_present(s))
		out_escaped(o, s, attr ? &html_attr_escapes :
		    &html_text_escapes);
}

static void
html_cstr(struct out *o, const char *s)
{
	html_text(o, str_cstr(s), false);
}

/*
 * The facets: every language and year of the records, for the page's
 * menus and the records' data- attributes.  A language's key is its
 * ISO 639-1 code, or its name (spaces as "-") for one the table does
 * not know; names for one code ("Spanish", "español") are one entry.
 */
struct facet_lang {
	struct str	 name;		/* as the catalogue writes it */
	const char	*code;		/* NULL: not a known language */
	const char	*label;		/* the English name, or name */
	size_t		 last;		/* the record last written + 1 */
};

struct facets {
	struct facet_lang *byname;	/* sorted by name, one a name */
	size_t		 nnames;
	struct facet_lang **bykey;	/* sorted by label, one a key */
	size_t		 nkeys;
	long		*years;		/* sorted, each once */
	size_t		 nyears;
	long		*scratch;	/* a record's years */
};

static int
str_cmp(struct str a, struct str b)
{
	size_t	 n = a.len < b.len ? a.len : b.len;
	int	 c = memcmp(a.ptr, b.ptr, n);

	return c != 0 ? c : (a.len > b.len) - (a.len < b.len);
}

static int
byname_cmp(const void *a, const void *b)
{
	return str_cmp(((const struct facet_lang *)a)->name,
	    ((const struct facet_lang *)b)->name);
}

static int
key_cmp(const struct facet_lang *a, const struct facet_lang *b)
{
	if (a->code != NULL || b->code != NULL)
		return a->code == NULL ? 1 : b->code == NULL ? -1 :
		    strcmp(a->code, b->code);
	return str_cmp(a->name, b->name);
}

static int
bykey_cmp(const void *a, const void *b)
{
	return key_cmp(*(const struct facet_lang *const *)a,
	    *(const struct facet_lang *const *)b);
}

static int
bylabel_cmp(const void *a, const void *b)
{
	const struct facet_lang *x = *(const struct facet_lang *const *)a;
	const struct facet_lang *y = *(const struct facet_lang *const *)b;
	int			 c = strcmp(x->label, y->label);

	return c != 0 ? c : str_cmp(x->name, y->name);
}

static int
long_cmp(const void *a, const void *b)
{
	long	 x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* Sort v[0..n) and keep each value once; returns the new count. */
static size_t
unique_longs(long *v, size_t n)
{
	size_t	 i, k = 0;

	qsort(v, n, sizeof(*v), long_cmp);
	for (i = 0; i < n; i++)
		if (k == 0 || v[k - 1] != v[i])
			v[k++] = v[i];
	return k;
}

static void
facets_free(struct facets *f)
{
	size_t	 i;

	for (i = 0; i < f->nnames; i++)
		if (f->byname[i].code == NULL)
			free((char *)f->byname[i].label);
	free(f->byname);
	free(f->bykey);
	free(f->years);
	free(f->scratch);
}

static bool
facets_add_names(struct facets *f, const struct strlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		f->byname[f->nnames++].name = l->v[i];
	return true;
}

static bool
facets_make(struct facets *f, struct pub *const *v, size_t n)
{
	const struct lang	*l;
	size_t			 i, j, k, nnames = 0, nyears = 0, most = 0;
	bool			 oom = false;

	memset(f, 0, sizeof(*f));
	for (i = 0; i < n; i++) {
		nnames += v[i]->languages.n;
		nyears += 1 + v[i]->neditions;
		if (v[i]->neditions > most)
			most = v[i]->neditions;
		for (j = 0; j < v[i]->neditions; j++)
			nnames += v[i]->editions[j]->languages.n;
	}
	f->byname = calloc(nnames + 1, sizeof(*f->byname));
	f->bykey = calloc(nnames + 1, sizeof(*f->bykey));
	f->years = calloc(nyears + 1, sizeof(*f->years));
	f->scratch = calloc(most + 1, sizeof(*f->scratch));
	if (f->byname == NULL || f->bykey == NULL || f->years == NULL ||
	    f->scratch == NULL)
		return false;
	for (i = 0; i < n; i++) {
		facets_add_names(f, &v[i]->languages);
		if (v[i]->year > 0)
			f->years[f->nyears++] = v[i]->year;
		for (j = 0; j < v[i]->neditions; j++) {
			facets_add_names(f, &v[i]->editions[j]->languages);
			if (v[i]->editions[j]->year > 0)
				f->years[f->nyears++] =
				    v[i]->editions[j]->year;
		}
	}
	f->nyears = unique_longs(f->years, f->nyears);

	qsort(f->byname, f->nnames, sizeof(*f->byname), byname_cmp);
	for (i = k = 0; i < f->nnames; i++) {
		if (k > 0 && str_cmp(f->byname[k - 1].name,
		    f->byname[i].name) == 0)
			continue;
		f->byname[k] = f->byname[i];
		l = lang_find(f->byname[k].name.ptr, f->byname[k].name.len,
		    &oom);
		f->byname[k].code = l != NULL ? l->code : NULL;
		f->byname[k].label = l != NULL ? l->english : oom ? NULL :
		    strndup(f->byname[k].name.ptr, f->byname[k].name.len);
		if (f->byname[k].label == NULL) {
			f->nnames = k;
			return false;
		}
		k++;
	}
	f->nnames = k;

	/* One menu entry a key, in the order of their labels. */
	for (i = 0; i < f->nnames; i++)
		f->bykey[i] = &f->byname[i];
	qsort(f->bykey, f->nnames, sizeof(*f->bykey), bykey_cmp);
	for (i = k = 0; i < f->nnames; i++)
		if (k == 0 || key_cmp(f->bykey[k - 1], f->bykey[i]) != 0)
			f->bykey[k++] = f->bykey[i];
	f->nkeys = k;
	qsort(f->bykey, f->nkeys, sizeof(*f->bykey), bylabel_cmp);
	return true;
}

static struct facet_lang *
facets_find(const struct facets *f, struct str name)
{
	struct facet_lang	 key;

	key.name = name;
	return bsearch(&key, f->byname, f->nnames, sizeof(*f->byname),
	    byname_cmp);
}

/* A language's key, as a value of data-lang and of the menu. */
static void
lang_key(struct out *o, const struct facet_lang *fl)
{
	const char	*p, *end, *sp;

	if (fl->code != NULL) {
		out_str(o, fl->code);
		return;
	}
	for (p = fl->name.ptr, end = p + fl->name.len; p < end; p = sp + 1) {
		if ((sp = memchr(p, ' ', (size_t)(end - p))) == NULL)
			sp = end;
		html_text(o, str_make(p, (size_t)(sp - p)), true);
		if (sp < end)
			out_char(o, '-');
	}
}

/*
 * data-lang: the keys of the record's and its editions' languages, each
 * once (a selection holds a record once, so its index is a stamp).
 */
static void
data_lang_list(struct out *o, const struct facets *f, const struct pub *p,
    const struct strlist *l, bool *first)
{
	struct facet_lang	*fl;
	size_t			 i;

	for (i = 0; i < l->n; i++) {
		if ((fl = facets_find(f, l->v[i])) == NULL ||
		    fl->last == p->index + 1)
			continue;
		fl->last = p->index + 1;
		if (!*first)
			out_char(o, ' ');
		*first = false;
		lang_key(o, fl);
	}
}

static void
data_attrs(struct out *o, const struct facets *f, const struct pub *p)
{
	long	*years = f->scratch;
	size_t	 i, n = 0;
	bool	 first = true;

	out_str(o, " data-lang=\"");
	data_lang_list(o, f, p, &p->languages, &first);
	for (i = 0; i < p->neditions; i++)
		data_lang_list(o, f, p, &p->editions[i]->languages, &first);
	out_char(o, '"');

	for (i = 0; i < p->neditions; i++)
		if (p->editions[i]->year > 0)
			years[n++] = p->editions[i]->year;
	n = unique_longs(years, n);
	out_str(o, " data-years=\"");
	if (p->year > 0)
		out_number(o, p->year);
	for (i = 0; i < n; i++) {
		if (years[i] == p->year)
			continue;
		if (i > 0 || p->year > 0)
			out_char(o, ' ');
		out_number(o, years[i]);
	}
	out_char(o, '"');

	out_str(o, " data-avail=\"");
	if (p->avail & AVAIL_PDF)
		out_str(o, p->avail & AVAIL_HARDCOPY ? "pdf hardcopy" : "pdf");
	else if (p->avail & AVAIL_HARDCOPY)
		out_str(o, "hardcopy");
	out_char(o, '"');
}

/*
 * The language of a title or an abstract, for its lang attribute.  The
 * catalogue does not say, and a record's languages are those of its
 * editions, not of its text (a Russian manual described in English), so
 * the text is asked: a language the record lists is chosen when its
 * common short words outnumber English ones.  Only French and Spanish,
 * the other languages of the catalogue's readers; NULL: the page's own
 * (English).
 */
static const char *const common_words[][24] = {
	{ "en", "the", "of", "and", "in", "for", "to", "on", "with", "by",
	    "from", "a", "an", "is", "are", "this", NULL },
	{ "fr", "le", "la", "les", "des", "du", "de", "et", "en", "un",
	    "une", "pour", "par", "sur", "dans", "au", "aux", "est", "à",
	    "cette", "ces", "sont", NULL },
	{ "es", "el", "la", "los", "las", "de", "del", "y", "en", "un",
	    "una", "para", "por", "con", "sobre", "al", "es", "su", "que",
	    "se", "como", NULL },
};
#define NCOMMON	(sizeof(common_words) / sizeof(common_words[0]))

/* A byte of a word: an ASCII letter or part of any other character. */
static bool
is_letter(char c)
{
	unsigned char	 u = (unsigned char)c;

	return (unsigned)((u | 0x20) - 'a') < 26 || u >= 0x80;
}

static size_t
common_count(const char *const *words, struct str s)
{
	const char	*p, *end, *w;
	size_t		 len, k, count = 0;

	for (p = s.ptr, end = s.ptr + s.len; p < end; p += len) {
		/* A word: a run of letters (any non-ASCII byte counts). */
		for (len = 0; p + len < end && is_letter(p[len]); len++)
			continue;
		if (len == 0) {
			len = 1;
			continue;
		}
		for (k = 0; (w = words[k]) != NULL; k++)
			if (strlen(w) == len && strncasecmp(w, p, len) == 0) {
				count++;
				break;
			}
	}
	return count;
}

/* Does p list the language of this ISO 639-1 code? */
static bool
lists_language(const struct facets *f, const struct pub *p,
    const char *code)
{
	const struct facet_lang	*fl;
	size_t			 i;

	for (i = 0; i < p->languages.n; i++)
		if ((fl = facets_find(f, p->languages.v[i])) != NULL &&
		    fl->code != NULL && strcmp(fl->code, code) == 0)
			return true;
	return false;
}

/* Words are counted only for a record that lists French or Spanish. */
static const char *
text_language(const struct facets *f, const struct pub *p, struct str s)
{
	size_t	 k, n, english = SIZE_MAX;

	if (!str_present(s))
		return NULL;
	for (k = 1; k < NCOMMON; k++) {
		if (!lists_language(f, p, common_words[k][0]))
			continue;
		if (english == SIZE_MAX)
			english = common_count(common_words[0] + 1, s);
		n = common_count(common_words[k] + 1, s);
		if (n >= 2 && n > 2 * english)
			return common_words[k][0];
	}
	return NULL;
}

static void
lang_attr(struct out *o, const struct facets *f, const struct pub *p,
    struct str s)
{
	const char	*code;

	if ((code = text_language(f, p, s)) != NULL) {
		out_str(o, " lang=\"");
		out_str(o, code);
		out_char(o, '"');
	}
}

static void
dt(struct out *o, const char *label)
{
	out_str(o, "<dt>");
	out_str(o, label);
	out_str(o, "</dt><dd");
}

static void
fact_text(struct out *o, const char *label, const char *cls, struct str s)
{
	if (!str_present(s))
		return;
	dt(o, label);
	out_str(o, cls);
	out_char(o, '>');
	html_text(o, s, false);
	out_str(o, "</dd>\n");
}

static void
fact_number(struct out *o, const char *label, long v)
{
	if (v <= 0)
		return;
	dt(o, label);
	out_char(o, '>');
	out_number(o, v);
	out_str(o, "</dd>\n");
}

static void
list_items(struct out *o, const struct strlist *l, const char *sep)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			out_str(o, sep);
		html_text(o, l->v[i], false);
	}
}

static void
fact_list(struct out *o, const char *label, const char *cls,
    const struct strlist *l)
{
	if (l->n == 0)
		return;
	dt(o, label);
	out_str(o, cls);
	out_char(o, '>');
	list_items(o, l, ", ");
	out_str(o, "</dd>\n");
}

/* The countries a record is about, by their English names. */
static void
countries(struct out *o, const struct strlist *l)
{
	const struct lex_country	*c;
	size_t				 i;

	if (l->n == 0)
		return;
	dt(o, l->n == 1 ? "Country" : "Countries");
	out_char(o, '>');
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			out_str(o, ", ");
		c = lex_country(l->v[i].ptr, l->v[i].len);
		html_text(o, c != NULL ? str_cstr(c->name) : l->v[i], false);
	}
	out_str(o, "</dd>\n");
}

/* As format_edition_text() writes it, the searchable parts marked. */
static void
edition(struct out *o, const struct edition *e)
{
	size_t	 j;

	out_str(o, "<li>");
	out_number(o, e->year);
	if (e->pages > 0) {
		out_str(o, ", ");
		out_number(o, e->pages);
		out_str(o, " pages");
	}
	if (e->languages.n > 0) {
		out_str(o, ", <span class=\"s\">");
		list_items(o, &e->languages, " and ");
		out_str(o, "</span>");
	}
	for (j = 0; j < e->isbn.n; j++) {
		out_str(o, ", ISBN <span class=\"s isbn\">");
		html_text(o, e->isbn.v[j], false);
		out_str(o, "</span>");
	}
	out_str(o, "</li>\n");
}

/* Is s a web address that may be a link (no javascript:, no spaces)? */
static bool
is_web(struct str s)
{
	size_t	 i;
	bool	 web;

	if (!str_present(s))
		return false;
	web = (s.len > 7 && strncmp(s.ptr, "http://", 7) == 0) ||
	    (s.len > 8 && strncmp(s.ptr, "https://", 8) == 0);
	for (i = 0; web && i < s.len; i++)
		web = (unsigned char)s.ptr[i] > 0x20 &&
		    (unsigned char)s.ptr[i] < 0x7f;
	return web;
}

/* Is s an e-mail address that may be a mailto: link? */
static bool
is_email(struct str s)
{
	const char	*at;
	size_t		 i;

	if (!str_present(s) || (at = memchr(s.ptr, '@', s.len)) == NULL ||
	    at == s.ptr || at == s.ptr + s.len - 1)
		return false;
	for (i = 0; i < s.len; i++)
		if ((unsigned char)s.ptr[i] <= 0x20 ||
		    (unsigned char)s.ptr[i] >= 0x7f ||
		    strchr("\"<>()[]\\,;:", s.ptr[i]) != NULL)
			return false;
	return true;
}

/*
 * Text in which the addresses the catalogue gives (web pages, the
 * ordering e-mail) become links where they occur.
 */
static void
linked_text(struct out *o, struct str s, const struct str *addr, size_t n)
{
	const char	*at, *first;
	size_t		 i, which = 0;

	while (s.len > 0) {
		first = NULL;
		for (i = 0; i < n; i++) {
			if (!str_present(addr[i]) || addr[i].len == 0)
				continue;
			at = memmem(s.ptr, s.len, addr[i].ptr, addr[i].len);
			if (at != NULL && (first == NULL || at < first)) {
				first = at;
				which = i;
			}
		}
		if (first == NULL)
			break;
		html_text(o, str_make(s.ptr, (size_t)(first - s.ptr)), false);
		out_str(o, is_web(addr[which]) ? "<a href=\"" :
		    "<a href=\"mailto:");
		html_text(o, addr[which], true);
		out_str(o, "\">");
		html_text(o, addr[which], false);
		out_str(o, "</a>");
		s = str_make(first + addr[which].len,
		    s.len - (size_t)(first - s.ptr) - addr[which].len);
	}
	html_text(o, s, false);
}

/* The addresses of ob that may be links, into v (3); returns how many. */
static size_t
obtain_addresses(const struct obtain *ob, struct str *v)
{
	size_t	 n = 0;

	if (is_web(ob->url))
		v[n++] = ob->url;
	if (is_web(ob->bookstore))
		v[n++] = ob->bookstore;
	if (is_email(ob->email))
		v[n++] = ob->email;
	return n;
}

/* How to get p, as show says it (obtain.h), addresses as links. */
static void
obtain(struct out *o, const struct pub *p, const struct catalog_info *info)
{
	enum obtain_way	 ways[OBTAIN__COUNT];
	struct obtain	 ob;
	struct buf	 b = { NULL, 0, 0, false };
	struct str	 addr[3];
	size_t		 i, n, naddr;

	obtain_of(&ob, p, info);
	naddr = obtain_addresses(&ob, addr);
	n = obtain_ways(&ob, ways);
	for (i = 0; i < n; i++) {
		buf_reset(&b);
		obtain_text(&b, &ob, ways[i]);
		dt(o, obtain_label(ways[i]));
		out_char(o, '>');
		linked_text(o, buf_str(&b), addr, naddr);
		out_str(o, "</dd>\n");
	}
	o->oom |= b.oom;
	buf_free(&b);
}

/*
 * Multi-line text: paragraphs (separated by blank lines) as <p>, the
 * lines within one (a list, say) kept with <br>.
 */
static void
paragraphs(struct out *o, struct str s, const struct str *addr, size_t naddr)
{
	const char	*p, *end, *nl;
	bool		 open = false, blank = false;

	for (p = s.ptr, end = s.ptr + s.len; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (nl == p || (nl == p + 1 && *p == '\r')) {
			blank = true;
			continue;
		}
		if (open && blank)
			out_str(o, "</p>\n");
		if (!open || blank)
			out_str(o, "<p>");
		else
			out_str(o, "<br>\n");
		open = true;
		blank = false;
		linked_text(o, str_make(p, (size_t)(nl - p) - (nl[-1] == '\r')),
		    addr, naddr);
		if (nl == end)
			break;
	}
	if (open)
		out_str(o, "</p>\n");
}

/*
 * A citation of p in format f, written by that format into memory and
 * shown in a <pre>.  The abstract and notes are left
 * out: the page shows them, and they would triple its size.
 */
static void
citation(struct out *o, const struct pub *p, enum format f,
    const char *label, const struct format_opts *opts)
{
	struct out	 mem;
	struct pub	 brief = *p;
	struct pub	*one = &brief;
	char		*text = NULL;
	size_t		 len = 0, i, start;
	FILE		*fp;

	brief.abstract = STR_NONE;
	brief.notes = STR_NONE;
	if ((fp = open_memstream(&text, &len)) == NULL) {
		o->oom = true;
		return;
	}
	out_init(&mem, fp, false, false, 0);
	format_write(f, &mem, &one, 1, opts);
	if (fclose(fp) != 0 || mem.oom || text == NULL) {
		o->oom = true;
		free(text);
		return;
	}
	out_str(o, "<h3>");
	out_str(o, label);
	out_str(o, "</h3><pre>");
	/* Lines as lines: RIS's CRLF is for files, not for a clipboard. */
	for (i = start = 0; i <= len; i++) {
		if (i < len && text[i] != '\n')
			continue;
		html_text(o, str_make(text + start, i - start -
		    (i > start && text[i - 1] == '\r')), false);
		if (i < len && i + 1 < len)
			out_char(o, '\n');
		start = i + 1;
	}
	out_str(o, "</pre>\n");
	free(text);
}

/*
 * The formatted reference (cite.h, APA), its title in italics.  The
 * script adds a copy button after each citation's heading when the
 * citations are opened.
 */
static void
reference(struct out *o, const struct pub *p,
    const struct catalog_info *info)
{
	struct buf	 b = { NULL, 0, 0, false };
	struct cite	 c;
	struct mark	 it;

	cite_of(&c, p, info);
	o->oom |= c.oom;
	cite_reference(&b, &c, CITE_APA, &it);
	if (b.oom) {
		o->oom = true;
		buf_free(&b);
		return;
	}
	out_str(o, "<h3>Reference (APA)</h3><p class=\"ref\">");
	html_text(o, str_make(b.p, it.start), false);
	out_str(o, "<i>");
	html_text(o, str_make(b.p + it.start, it.end - it.start), false);
	out_str(o, "</i>");
	html_text(o, str_make(b.p + it.end, b.len - it.end), false);
	out_str(o, "</p>\n");
	buf_free(&b);
}

static void
record(struct out *o, const struct pub *p, struct facets *f,
    const struct format_opts *opts)
{
	size_t	 i;

	out_str(o, "<article");
	if (str_present(p->id)) {
		out_str(o, " id=\"");
		html_text(o, p->id, true);
		out_char(o, '"');
	}
	data_attrs(o, f, p);
	out_str(o, ">\n<h2 class=\"s\"");
	lang_attr(o, f, p, p->title);
	out_char(o, '>');
	if (str_present(p->id)) {
		out_str(o, "<a href=\"#");
		html_text(o, p->id, true);
		out_str(o, "\">");
	}
	html_text(o, str_present(p->title) ? p->title : str_cstr("(untitled)"),
	    false);
	out_str(o, str_present(p->id) ? "</a></h2>\n" : "</h2>\n");

	out_str(o, "<dl class=\"facts\">\n");
	if (str_present(p->id)) {
		dt(o, "Id");
		out_str(o, "><code class=\"s\">");
		html_text(o, p->id, false);
		out_str(o, "</code></dd>\n");
	}
	fact_number(o, "Year", p->year);
	fact_number(o, "Pages", p->pages);
	fact_list(o, "Languages", " class=\"s\"", &p->languages);
	countries(o, &p->countries);
	fact_list(o, "ISBN", " class=\"s isbn\"", &p->isbn);
	fact_list(o, "E-ISBN", " class=\"s isbn\"", &p->eisbn);
	fact_text(o, "ISSN", " class=\"s isbn\"", p->issn);
	if (str_present(p->price.currency)) {
		dt(o, "Price");
		out_char(o, '>');
		html_text(o, p->price.amount, false);
		out_char(o, ' ');
		html_text(o, p->price.currency, false);
		out_str(o, "</dd>\n");
	}
	/* Availability, in the words of how to get it (obtain.h). */
	obtain(o, p, opts->info);
	if (p->neditions > 0) {
		dt(o, "Editions");
		out_str(o, "><ul>\n");
		for (i = 0; i < p->neditions; i++)
			edition(o, p->editions[i]);
		out_str(o, "</ul></dd>\n");
	}
	out_str(o, "</dl>\n");

	if (str_present(p->abstract)) {
		out_str(o, "<div class=\"abstract s\"");
		lang_attr(o, f, p, p->abstract);
		out_str(o, ">\n");
		paragraphs(o, p->abstract, NULL, 0);
		out_str(o, "</div>\n");
	}
	out_str(o, "<details class=\"cite\"><summary>Cite</summary>\n");
	reference(o, p, opts->info);
	citation(o, p, FORMAT_BIBTEX, "BibTeX", opts);
	citation(o, p, FORMAT_RIS, "RIS", opts);
	out_str(o, "</details>\n</article>\n");
}

static void
head(struct out *o, const struct catalog_info *info)
{
	out_str(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\""
	    "default-src 'none'; script-src 'sha256-");
	out_str(o, html_js_sha256);
	out_str(o, "'; style-src 'sha256-");
	out_str(o, html_css_sha256);
	out_str(o, "'; base-uri 'none'; form-action 'none'\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta name=\"color-scheme\" content=\"light dark\">\n"
	    "<meta name=\"generator\" content=\"iompubs\">\n<title>");
	if (str_present(info->title))
		html_text(o, info->title, false);
	else
		out_str(o, "Publications");
	if (str_present(info->edition)) {
		out_str(o, " (");
		html_text(o, info->edition, false);
		out_char(o, ')');
	}
	out_str(o, "</title>\n<style>");
	out_raw(o, (const char *)html_css, html_css_size);
	out_str(o, "</style>\n</head>\n");
}

/* Does the header say anything about ordering? */
static bool
has_ordering(const struct catalog_info *info)
{
	const struct ordering	*ord = &info->ordering;

	return str_present(ord->bookstore) || str_present(ord->email) ||
	    str_present(ord->address) || str_present(ord->telephone) ||
	    str_present(ord->fax) || ord->currencies.n > 0 ||
	    ord->payment.n > 0 || str_present(ord->how_to_order);
}

static void
banner(struct out *o, const struct catalog_info *info, const char *pfx)
{
	const char	*sep = "";

	out_printf(o, "<body>\n<a class=\"skip\" href=\"#%slist\">Skip to "
	    "the publications</a>\n<header class=\"top\">\n<h1>", pfx);
	if (str_present(info->title))
		html_text(o, info->title, false);
	else
		out_str(o, "Publications");
	out_str(o, "</h1>\n<p class=\"sub\">");
	if (str_present(info->publisher)) {
		html_text(o, info->publisher, false);
		sep = " · ";
	}
	if (str_present(info->edition)) {
		out_str(o, sep);
		html_text(o, info->edition, false);
		out_str(o, " edition");
		sep = " · ";
	}
	if (has_ordering(info)) {
		out_str(o, sep);
		out_printf(o, "<a href=\"#%sordering\">How to order</a>", pfx);
	}
	out_str(o, "</p>\n</header>\n");
}

static void
option(struct out *o, const char *value, const char *label)
{
	out_str(o, "<option value=\"");
	out_str(o, value);
	out_str(o, "\">");
	out_str(o, label);
	out_str(o, "</option>");
}

/* A menu's label and start; its options follow. */
static void
menu(struct out *o, const char *pfx, const char *name, const char *label)
{
	out_printf(o, "<div class=\"field\"><label for=\"%s%s\">%s</label>"
	    "<select id=\"%s%s\" name=\"%s\">", pfx, name, label, pfx, name,
	    name);
}

static void
year_menu(struct out *o, const char *pfx, const char *name,
    const char *label, const char *any, const struct facets *f)
{
	size_t	 i;

	menu(o, pfx, name, label);
	option(o, "", any);
	for (i = 0; i < f->nyears; i++) {
		out_str(o, "\n<option value=\"");
		out_number(o, f->years[i]);
		out_str(o, "\">");
		out_number(o, f->years[i]);
		out_str(o, "</option>");
	}
	out_str(o, "</select></div>\n");
}

/*
 * Hidden until the script shows them: without it they would do nothing.
 * On a phone the script folds the menus away under "Filters and order",
 * so that the first records show on the first screen.
 */
static void
controls(struct out *o, const struct facets *f, const char *pfx)
{
	size_t	 i;

	out_printf(o, "<form class=\"controls\" id=\"%scontrols\" "
	    "role=\"search\" aria-label=\"Search and filter\" hidden>\n"
	    "<div class=\"field q\"><label for=\"%sq\">Search</label>"
	    "<input type=\"search\" id=\"%sq\" name=\"q\" "
	    "autocomplete=\"off\" spellcheck=\"false\" "
	    "aria-describedby=\"%sqhelp\">\n", pfx, pfx, pfx, pfx);
	out_printf(o, "<p class=\"help\" id=\"%sqhelp\">Every word must "
	    "appear in the title, abstract, languages, id or an ISBN; case and "
	    "accents do not matter.</p></div>\n"
	    "<details class=\"filters\" open><summary>Filters and order"
	    "</summary><div class=\"fgrid\">\n"
	    "<fieldset class=\"years\"><legend>Years</legend>\n", pfx);
	year_menu(o, pfx, "from", "From", "earliest", f);
	year_menu(o, pfx, "to", "To", "latest", f);
	out_str(o, "</fieldset>\n");
	menu(o, pfx, "lang", "Language");
	option(o, "", "Any");
	for (i = 0; i < f->nkeys; i++) {
		out_str(o, "\n<option value=\"");
		lang_key(o, f->bykey[i]);
		out_str(o, "\">");
		html_cstr(o, f->bykey[i]->label);
		out_str(o, "</option>");
	}
	out_str(o, "</select></div>\n");
	menu(o, pfx, "avail", "Availability");
	option(o, "", "Any");
	option(o, "pdf", "PDF");
	option(o, "hardcopy", "Hardcopy");
	out_str(o, "</select></div>\n");
	menu(o, pfx, "sort", "Sort by");
	option(o, "", "As listed");
	option(o, "year-desc", "Newest first");
	option(o, "year-asc", "Oldest first");
	option(o, "title", "Title");
	out_str(o, "</select></div>\n<button type=\"reset\">Clear</button>\n"
	    "</div></details>\n</form>\n");
}


static void
ordering(struct out *o, const struct catalog_info *info, const char *pfx)
{
	const struct ordering	*ord = &info->ordering;
	struct str		 addr[2];
	size_t			 naddr = 0;

	out_printf(o, "<footer class=\"ordering\" id=\"%sordering\">\n",
	    pfx);
	if (has_ordering(info)) {
		if (is_web(ord->bookstore))
			addr[naddr++] = ord->bookstore;
		if (is_email(ord->email))
			addr[naddr++] = ord->email;
		out_str(o, "<h2>How to order</h2>\n<dl class=\"facts\">\n");
		if (str_present(ord->bookstore)) {
			dt(o, "Bookstore");
			out_char(o, '>');
			linked_text(o, ord->bookstore, addr, naddr);
			out_str(o, "</dd>\n");
		}
		if (str_present(ord->email)) {
			dt(o, "E-mail");
			out_char(o, '>');
			linked_text(o, ord->email, addr, naddr);
			out_str(o, "</dd>\n");
		}
		fact_text(o, "Address", "", ord->address);
		fact_text(o, "Telephone", "", ord->telephone);
		fact_text(o, "Fax", "", ord->fax);
		fact_list(o, "Currencies", "", &ord->currencies);
		fact_list(o, "Payment", "", &ord->payment);
		out_str(o, "</dl>\n");
		if (str_present(ord->how_to_order))
			paragraphs(o, ord->how_to_order, addr, naddr);
	}
	out_str(o, "<p class=\"made\">Made by iompubs from ");
	html_text(o, str_present(info->title) ? info->title :
	    str_cstr("the catalogue"), false);
	if (str_present(info->edition)) {
		out_str(o, ", ");
		html_text(o, info->edition, false);
	}
	out_str(o, ".</p>\n</footer>\n");
}

/*
 * The prefix of the page's own ids: "iompubs-", or "iompubs1-" and so
 * on, the first that no record's id starts with (each id rules out one).
 */
static void
id_prefix(char *pfx, size_t size, struct pub *const *v, size_t n)
{
	unsigned long	 k;
	size_t		 i, len;

	for (k = 0; ; k++) {
		if (k == 0)
			snprintf(pfx, size, "iompubs-");
		else
			snprintf(pfx, size, "iompubs%lu-", k);
		len = strlen(pfx);
		for (i = 0; i < n; i++)
			if (str_present(v[i]->id) && v[i]->id.len >= len &&
			    memcmp(v[i]->id.ptr, pfx, len) == 0)
				break;
		if (i == n)
			return;
	}
}

void
fmt_html(struct out *o, struct pub *const *v, size_t n,
    const struct format_opts *opts)
{
	static const struct catalog_info none;
	const struct catalog_info *info = opts->info ? opts->info : &none;
	struct facets	 f;
	char		 pfx[32];
	size_t		 i;

	if (!facets_make(&f, v, n)) {
		o->oom = true;
		facets_free(&f);
		return;
	}
	head(o, info);
	id_prefix(pfx, sizeof(pfx), v, n);
	banner(o, info, pfx);
	out_str(o, "<div class=\"page\">\n");
	controls(o, &f, pfx);
	out_printf(o, "<main id=\"%slist\">\n<p class=\"count\" "
	    "id=\"%scount\" role=\"status\">", pfx, pfx);
	out_number(o, (long)n);
	out_str(o, n == 1 ? " publication</p>\n" : " publications</p>\n");
	if (n == 0)
		out_str(o, "<p>No publications.</p>\n");
	for (i = 0; i < n && !out_failed(o); i++)
		record(o, v[i], &f, opts);
	out_str(o, "</main>\n</div>\n");
	ordering(o, info, pfx);
	out_str(o, "<script>");
	out_raw(o, (const char *)html_js, html_js_size);
	out_str(o, "</script>\n</body>\n</html>\n");
	facets_free(&f);
}
