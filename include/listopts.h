/*
 * listopts.h: the options of the commands that select and print
 * records (list, search, stats; show for the output ones).
 *
 * The commands share the filters (--year, --language, ..., -e), the
 * order (--sort, --reverse, --limit) and the output (--format,
 * --fields, --template, --csv-raw); each puts the groups it takes into
 * its getopt_long table with the macros below, and passes every option
 * it does not handle itself to listopts_option().
 */
#ifndef IOMPUBS_LISTOPTS_H
#define IOMPUBS_LISTOPTS_H

#include <getopt.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "format.h"
#include "order.h"

struct cli;
struct filter;

enum {
	OPT_AVAILABLE = 0x180,
	OPT_HAS,
	OPT_FIELDS,
	OPT_TEMPLATE,
	OPT_CSV_RAW,
	OPT_STYLE,
	OPT_COUNTRY,
	OPT_BOM
};

#define LISTOPTS_FILTERS \
	{ "year", required_argument, NULL, 'y' }, \
	{ "language", required_argument, NULL, 'l' }, \
	{ "available", required_argument, NULL, OPT_AVAILABLE }, \
	{ "has", required_argument, NULL, OPT_HAS }, \
	{ "country", required_argument, NULL, OPT_COUNTRY }, \
	{ "title", required_argument, NULL, 't' }, \
	{ "grep", required_argument, NULL, 'g' }, \
	{ "expr", required_argument, NULL, 'e' }
#define LISTOPTS_FILTERS_SHORT	"y:l:t:g:e:"

#define LISTOPTS_ORDER \
	{ "sort", required_argument, NULL, 's' }, \
	{ "reverse", no_argument, NULL, 'r' }, \
	{ "limit", required_argument, NULL, 'n' }
#define LISTOPTS_ORDER_SHORT	"s:rn:"

#define LISTOPTS_OUTPUT \
	{ "format", required_argument, NULL, 'f' }, \
	{ "fields", required_argument, NULL, OPT_FIELDS }, \
	{ "template", required_argument, NULL, OPT_TEMPLATE }, \
	{ "csv-raw", no_argument, NULL, OPT_CSV_RAW }, \
	{ "style", required_argument, NULL, OPT_STYLE }, \
	{ "bom", no_argument, NULL, OPT_BOM }
#define LISTOPTS_OUTPUT_SHORT	"f:"

struct listopts {
	struct filter	*filter;
	const char	**langs;	/* --language values, to check */
	size_t		 nlangs;
	struct order	 order;
	size_t		 limit;		/* --limit; SIZE_MAX: none */
	int		 format;	/* -1: the command's default */
	struct format_opts fopts;
	enum field	 fields[FIELD__COUNT];
	bool		 style_given;	/* --style */
	bool		 editions;	/* list --editions: a row an edition */
	struct pub	*views;		/* and those rows */
	size_t		*id_unique;	/* for fopts.id_unique */
	struct buf	 asked;		/* the filters as given, to say what
					   matched nothing */
	size_t		 nasked;	/* how many */
	int		 asked_ch;	/* the option of the last */
};

/* Set up for argc arguments; false when out of memory (reported). */
bool		 listopts_init(struct listopts *, int argc);
void		 listopts_free(struct listopts *);

/*
 * Handle option ch with argument arg: returns 1 if it was a listing
 * option and fine, 0 if it is not one, -1 after reporting an error.
 */
int		 listopts_option(struct cli *, struct listopts *, int ch,
		    const char *arg);

/*
 * After the options: check that they go together (--fields with a
 * format that takes them, --template).  Returns false after reporting.
 */
bool		 listopts_done(struct cli *, struct listopts *);

/*
 * The big fields (abstract, notes) that neither the filters nor the
 * output will look at, for cli.load_skip: dflt is the format the
 * command uses when none is given.
 */
unsigned	 listopts_unneeded(const struct listopts *, enum format dflt);

/*
 * With the catalogue loaded: check the languages asked for, then select
 * and sort the records (with editions set, each edition of a record as a
 * row of its own, a record without editions as one row).  Returns a malloc'd array (count in *n), or NULL
 * after reporting an error.  --limit is not applied.
 */
struct pub	**listopts_select(struct cli *, struct listopts *,
		    const struct catalog *, size_t *n);

/*
 * Nothing was selected: unless no person is watching (standard output and
 * error both redirected), say on standard error, in one line, which
 * filters matched nothing, with a hint where there is one.
 */
void		 listopts_nothing(struct cli *, const struct listopts *,
		    const struct catalog *);

/* Choose the output for the records, as cli_output_format() does. */
enum format	 listopts_output(struct cli *, struct listopts *,
		    const struct catalog *, enum format dflt_tty,
		    enum format dflt_pipe);

#endif
