/*
 * cmd_about.c: iompubs about.
 *
 * The catalogue's own header, which the other commands only use: its
 * title, edition and publisher, how to order its publications, and what
 * it holds (publications, languages, years).  On a terminal the labels
 * line up and long values wrap; in a pipe each value is one line, as
 * show writes them, so that grep and cut find a field.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "cli.h"
#include "format.h"
#include "htab.h"
#include "lang.h"
#include "obtain.h"
#include "out.h"
#include "text.h"

#define LABEL_WIDTH	15	/* "Publications:" and two spaces */

const struct command command_about = {
	"about", cmd_about,
	"about",
	"show the catalogue's title, edition, ordering and contents",
	"Show the catalogue's header: its title, edition and publisher, how\n"
	"to order its publications (bookstore, e-mail, postal address,\n"
	"telephone, fax, currencies and means of payment, as the catalogue\n"
	"prints them), and how many publications it holds, in how many\n"
	"languages, from which years.  Fields the catalogue leaves out are\n"
	"left out.\n"
	"\n"
	"Examples:\n"
	"  iompubs about\n"
	"  iompubs about | grep -i e-mail\n"
	"  iompubs --catalog my-catalog.yaml about\n"
};

/* Counts over the records: the languages each counted once. */
struct contents {
	size_t		 pubs;
	size_t		 languages;
	long		 first, last;	/* years; 0: none */
};

/*
 * Distinct languages: those of the ISO 639-1 table by their entry, so
 * that "Spanish" and "Español" are one; others by their name, case
 * ignored.  Linear in the values.  False when out of memory.
 */
static bool
count_languages(const struct catalog *cat, size_t *count)
{
	const struct lang	*l, *table;
	struct htab		 seen;
	struct hslot		*sl;
	const struct str	*v, **names = NULL;
	unsigned char		*known;
	size_t			 nlangs, total = 0, i, j, n = 0;
	uint64_t		 h;
	bool			 ok = false, oom = false;

	for (i = 0; i < cat->npubs; i++)
		total += cat->pubs[i]->languages.n;
	table = lang_table(&nlangs);
	if ((known = calloc(nlangs + 1, 1)) == NULL)
		return false;
	if (!htab_init(&seen, total + 1) ||
	    (names = calloc(total + 1, sizeof(*names))) == NULL)
		goto done;
	*count = 0;
	for (i = 0; i < cat->npubs; i++) {
		for (j = 0; j < cat->pubs[i]->languages.n; j++) {
			v = &cat->pubs[i]->languages.v[j];
			if ((l = lang_find(v->ptr, v->len, &oom)) != NULL) {
				if (!known[l - table]++)
					(*count)++;
				continue;
			}
			if (oom)
				goto done;
			h = htab_hash_nocase(v->ptr, v->len);
			for (sl = htab_first(&seen, h); sl->idx != 0;
			    sl = htab_next(&seen, sl))
				if (sl->h == h &&
				    str_eq_nocase(*names[sl->idx - 1], *v))
					break;
			if (sl->idx == 0) {
				names[n] = v;
				sl->h = h;
				sl->idx = ++n;
				(*count)++;
			}
		}
	}
	ok = true;
done:
	htab_free(&seen);
	free(names);
	free(known);
	return ok;
}

static bool
contents_of(const struct catalog *cat, struct contents *ct)
{
	size_t	 i;
	long	 y;

	memset(ct, 0, sizeof(*ct));
	ct->pubs = cat->npubs;
	for (i = 0; i < cat->npubs; i++) {
		if ((y = cat->pubs[i]->year) <= 0)
			continue;
		if (ct->first == 0 || y < ct->first)
			ct->first = y;
		if (y > ct->last)
			ct->last = y;
	}
	return count_languages(cat, &ct->languages);
}

static void
label(struct out *o, const char *name)
{
	out_style(o, STYLE_LABEL);
	out_str(o, name);
	out_char(o, ':');
	out_unstyle(o, STYLE_LABEL);
	out_spaces(o, LABEL_WIDTH - strlen(name) - 1);
}

/* One line of text (a paragraph): wrapped on a terminal. */
static void
value(struct out *o, struct str s)
{
	if (o->tty && o->width > LABEL_WIDTH + 20) {
		out_wrap(o, s, LABEL_WIDTH, LABEL_WIDTH);
		return;
	}
	out_text(o, s);
	out_char(o, '\n');
}

static void
field(struct out *o, const char *name, struct str s)
{
	if (!str_present(s) || s.len == 0)
		return;
	label(o, name);
	value(o, s);
}

static void
list(struct out *o, const char *name, const struct strlist *l)
{
	struct buf	 b = { NULL, 0, 0, false };
	size_t		 i;

	if (l->n == 0)
		return;
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_adds(&b, ", ");
		buf_add(&b, l->v[i].ptr, l->v[i].len);
	}
	field(o, name, buf_str(&b));
	o->oom |= b.oom;
	buf_free(&b);
}

/* The text of how_to_order, paragraph by paragraph. */
static void
paragraphs(struct out *o, const char *name, struct str s)
{
	const char	*p, *end, *nl;
	bool		 first = true;

	if (!str_present(s))
		return;
	end = s.ptr + s.len;
	for (p = s.ptr; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (nl == p)
			continue;
		if (first)
			label(o, name);
		else
			out_spaces(o, LABEL_WIDTH);
		value(o, str_make(p, (size_t)(nl - p)));
		first = false;
	}
}

static void
about(struct out *o, const struct catalog_info *info,
    const struct contents *ct)
{
	const struct ordering	*ord = &info->ordering;
	struct buf		 b = { NULL, 0, 0, false };

	field(o, "Title", info->title);
	field(o, "Edition", info->edition);
	field(o, "Publisher", info->publisher);
	buf_printf(&b, "%zu", ct->pubs);
	if (ct->languages > 0)
		buf_printf(&b, " in %zu language%s", ct->languages,
		    ct->languages == 1 ? "" : "s");
	if (ct->first > 0 && ct->first < ct->last)
		buf_printf(&b, ", %ld to %ld", ct->first, ct->last);
	else if (ct->first > 0)
		buf_printf(&b, ", %ld", ct->first);
	field(o, "Publications", buf_str(&b));
	field(o, "Bookstore", ord->bookstore);
	field(o, "E-mail", ord->email);
	field(o, "Address", ord->address);
	field(o, "Telephone", ord->telephone);
	field(o, "Fax", ord->fax);
	list(o, "Currencies", &ord->currencies);
	list(o, "Payment", &ord->payment);
	paragraphs(o, "How to order", ord->how_to_order);
	o->oom |= b.oom;
	buf_free(&b);
}

int
cmd_about(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct catalog	*cat = NULL;
	struct contents	 ct;
	int		 ch, status = EXIT_TROUBLE;
	char		 qa[CLI_QUOTE_MAX];

	while ((ch = cli_getopt(c, argc, argv, "h", longopts)) != -1) {
		if (ch == 'h')
			return cli_command_help(c);
		return EXIT_TROUBLE;	/* reported by cli_getopt() */
	}
	if (optind < argc)
		return cli_usage_error(c, "unexpected argument '%s'; about "
		    "takes no arguments", cli_quote(qa, argv[optind]));
	c->load_skip = 1u << FIELD_ABSTRACT | 1u << FIELD_NOTES;
	if ((cat = cli_load(c)) == NULL)
		goto done;
	if (!contents_of(cat, &ct)) {
		status = cli_error("out of memory");
		goto done;
	}
	cli_output_format(c, FORMAT_FULL, FORMAT_FULL, FORMAT_FULL);
	about(&c->out, &cat->info, &ct);
	status = cli_finish(c, EXIT_FOUND);
done:
	catalog_free(cat);
	return status;
}
