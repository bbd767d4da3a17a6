/*
 * cmd_list.c: iompubs list.
 */
#include <getopt.h>
#include <stdlib.h>

#include "catalog.h"
#include "cli.h"
#include "format.h"
#include "listopts.h"

enum {
	OPT_EDITIONS = OPT__COMMAND_BASE
};

const struct command command_list = {
	"list", cmd_list,
	"list [--year YEARS] [--language LANG]\n"
	"[--available pdf|hardcopy] [--has FIELD] [--country PLACE]\n"
	"[--title TEXT] [--grep REGEX] [--expr EXPR] [--sort KEYS]\n"
	"[--reverse] [--limit N] [--format FORMAT] [--fields FIELDS]\n"
	"[--template TEXT] [--csv-raw] [--style apa|chicago] [--bom]\n"
	"[--editions]",
	"list publications, filtered and sorted",
	"List publications, one a line: all of them, or those that pass the\n"
	"filters.  Different filters must all pass; a filter given twice passes\n"
	"when either value does.\n"
	"\n"
	"Examples:\n"
	"  iompubs list --year 2015\n"
	"  iompubs list --year 2010..2015 --language es --language fr\n"
	"  iompubs list --title caribbean --sort -year\n"
	"  iompubs list --country 'West Africa'\n"
	"  iompubs list --grep 'fish(ers|ing)' --format json\n"
	"  iompubs list --format csv --fields id,year,title > pubs.csv\n"
	"  iompubs list --template '{year}  {title}'\n"
	"  iompubs list --year 2015 --format cite --style chicago\n"
	"  iompubs list --format html > catalogue.html\n"
	"\n"
	"Filters:\n"
	"  -y, --year YEARS       2015, 2010..2015, 2016.. or ..2009\n"
	"  -l, --language LANG    a language name or ISO 639-1 code (es, Spanish,\n"
	"                         espagnol, español)\n"
	"      --available WHAT   pdf or hardcopy\n"
	"      --has FIELD        records that have FIELD: isbn, issn, price, ...\n"
	"      --country PLACE    about PLACE: an ISO 3166-1 code (GH), a country\n"
	"                         (Ghana, Viet Nam) or a region (West Africa)\n"
	"  -t, --title TEXT       titles containing TEXT, ignoring case and accents\n"
	"  -g, --grep REGEX       title or abstract matches the POSIX extended\n"
	"                         regular expression REGEX, ignoring case\n"
	"  -e, --expr EXPR        the filter expression EXPR holds, such as\n"
	"                         'year >= 2010 and (language = fr or\n"
	"                         language = es)'; see EXPRESSIONS in iompubs(1)\n"
	"\n"
	"Output:\n"
	"  -s, --sort KEYS        sort by KEYS: year, title, pages, id, comma-\n"
	"                         separated; -KEY or KEY:desc sorts descending;\n"
	"                         ties keep catalogue order (the default order)\n"
	"  -r, --reverse          reverse the order\n"
	"  -f, --format FORMAT    plain (tab-separated id, year, pages, languages,\n"
	"                         title; the default in a pipe), table (the\n"
	"                         default on a terminal), full, json, jsonl,\n"
	"                         tsv, csv, yaml (a catalogue), rec, bibtex, ris,\n"
	"                         csl-json (Zotero, pandoc), cite (a formatted\n"
	"                         reference a line), html (a searchable page) or\n"
	"                         template; see FORMATS in iompubs(1)\n"
	"      --fields LIST      write these fields, comma-separated (plain,\n"
	"                         table, full, json, jsonl, tsv, csv and rec): id,\n"
	"                         title, year, pages, languages, isbn, eisbn, issn,\n"
	"                         price, availability, editions, abstract, notes,\n"
	"                         url\n"
	"      --template TEXT    write TEXT for each record, {FIELD} replaced by\n"
	"                         its value; \\t, \\n and \\\\ are a tab, a newline\n"
	"                         and a backslash, {{ and }} braces (implies\n"
	"                         --format template)\n"
	"      --csv-raw          csv: do not put ' before a value that starts\n"
	"                         with =, +, - or @ (a spreadsheet formula)\n"
	"      --style STYLE      cite: apa (the default) or chicago (author-date)\n"
	"      --bom              csv: start with a UTF-8 byte-order mark, for\n"
	"                         Excel (a price is two columns: price, currency)\n"
	"  -n, --limit N          print at most N records\n"
	"      --editions         a row for each edition of a record (its year,\n"
	"                         pages, languages and ISBN), in any format but\n"
	"                         yaml and html; a record without editions is one\n"
	"                         row\n"
};

int
cmd_list(struct cli *c, int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		LISTOPTS_FILTERS,
		LISTOPTS_ORDER,
		LISTOPTS_OUTPUT,
		{ "editions", no_argument, NULL, OPT_EDITIONS },
		{ NULL, 0, NULL, 0 }
	};
	struct listopts	 lo;
	struct catalog	*cat = NULL;
	struct pub	**sel = NULL;
	size_t		 n;
	int		 ch, r, status = EXIT_TROUBLE;
	enum format	 fmt;
	char		 qa[CLI_QUOTE_MAX];

	if (!listopts_init(&lo, argc))
		goto done;
	while ((ch = cli_getopt(c, argc, argv, "h" LISTOPTS_FILTERS_SHORT
	    LISTOPTS_ORDER_SHORT LISTOPTS_OUTPUT_SHORT, longopts)) != -1) {
		if (ch == 'h') {
			status = cli_command_help(c);
			goto done;
		}
		if (ch == OPT_EDITIONS)
			lo.editions = true;
		else if ((r = listopts_option(c, &lo, ch, optarg)) <= 0)
			goto done;	/* reported (or '?' from getopt) */
	}
	if (optind < argc) {
		status = cli_usage_error(c, "unexpected argument '%s'; list "
		    "takes options only (did you mean 'show' or 'search'?)",
		    cli_quote(qa, argv[optind]));
		goto done;
	}
	if (!listopts_done(c, &lo))
		goto done;
	/* A list of titles need not keep every abstract in memory. */
	c->load_skip = listopts_unneeded(&lo, c->tty ? FORMAT_TABLE :
	    FORMAT_PLAIN);
	if ((cat = cli_load(c)) == NULL ||
	    (sel = listopts_select(c, &lo, cat, &n)) == NULL)
		goto done;
	if (n == 0)
		listopts_nothing(c, &lo, cat);
	if (n > lo.limit)
		n = lo.limit;
	fmt = listopts_output(c, &lo, cat, FORMAT_TABLE, FORMAT_PLAIN);
	if (n > 0 || format_writes_empty(fmt))
		format_write(fmt, &c->out, sel, n, &lo.fopts);
	status = cli_finish(c, n > 0 ? EXIT_FOUND : EXIT_NOTHING);
done:
	free(sel);
	listopts_free(&lo);
	catalog_free(cat);
	return status;
}
