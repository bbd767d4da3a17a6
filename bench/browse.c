/*
 * browse.c: how long a key takes in iompubs browse, part of make bench.
 *
 *	browse [CATALOG.yaml ...]
 *
 * For the built-in catalogue and each CATALOG, at 80x24 and 250x80, the
 * browser's own code runs as it does on a terminal, with ncurses writing
 * to /dev/null: a query is typed a character at a time (each key ranks
 * the catalogue again and draws the screen), deleted a character at a
 * time, then the selection moves down and up (each move formats the new
 * record).  The ranking alone is timed too, for each prefix of that query
 * and of one with misspelt words, as the browser ranks (the word being
 * typed not corrected, the records' words read once) and as `search`
 * ranks.  Prints the median, the 95th percentile and the largest time
 * from key to screen for each kind of key, against the budget: 16 ms on
 * the shipped catalogue, 100 ms on 10,000 records.  The time is the
 * processor time of the browser (CLOCK_THREAD_CPUTIME_ID), which other
 * work on a busy machine does not inflate; the median wall time is shown
 * beside it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "browse.h"
#include "browse_draw.h"
#include "builtin.h"
#include "catalog.h"
#include "diag.h"
#include "input.h"
#include "load.h"
#include "search.h"

#define QUERY	"trafficking victims caribbean fishers"
/* Each blank ends a misspelt word: search corrects it then. */
#define TYPOS	"trafficking victms caribean fishrs "
#define MOVES	40
#define MAXKEYS	256

struct sample {
	double	 ms[MAXKEYS];		/* processor time */
	double	 wall[MAXKEYS];
	size_t	 n;
};

static double
now_ms(clockid_t clock)
{
	struct timespec	 ts;

	clock_gettime(clock, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
cmp_double(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* One key, from browse_key() to the screen written. */
static void
key(struct browse_screen *scr, struct browse *b, int k, struct sample *s)
{
	double	 t0 = now_ms(CLOCK_THREAD_CPUTIME_ID);
	double	 w0 = now_ms(CLOCK_MONOTONIC);
	bool	 oom;

	browse_key(b, k);
	if (b->oom || !browse_update(b) || !browse_draw(scr, b, &oom)) {
		fprintf(stderr, "bench/browse: out of memory or write error\n");
		exit(1);
	}
	if (s->n < MAXKEYS) {
		s->ms[s->n] = now_ms(CLOCK_THREAD_CPUTIME_ID) - t0;
		s->wall[s->n++] = now_ms(CLOCK_MONOTONIC) - w0;
	}
}

static void
report(const char *name, const char *size, const char *what,
    struct sample *s, double budget)
{
	double	 med, p95, max;

	qsort(s->ms, s->n, sizeof(s->ms[0]), cmp_double);
	qsort(s->wall, s->n, sizeof(s->wall[0]), cmp_double);
	med = s->ms[s->n / 2];
	p95 = s->ms[(s->n * 95) / 100 < s->n ? (s->n * 95) / 100 : s->n - 1];
	max = s->ms[s->n - 1];
	printf("  %-18s %-7s %-17s %3zu %7.2fms %7.2fms %7.2fms %7.2fms  %s\n",
	    name, size, what, s->n, med, p95, max, s->wall[s->n / 2],
	    max < budget ? "ok" : "OVER");
}

/*
 * The ranking alone for each prefix of query: as the browser ranks it
 * (typing: the last word is not corrected, and the records' words are
 * kept between keys), or as search does, from nothing at each key.
 */
static void
rank_only(const char *name, struct catalog *cat, const char *what,
    const char *query, bool typing, double budget)
{
	const struct search_opts so = { .typing = typing };
	struct search_cache	*cache = NULL;
	struct sample		 s;
	struct search		*q;
	struct search_hit	*hits;
	enum search_status	 st;
	char			 prefix[256], err[128];
	const char		*words[1] = { prefix };
	size_t			 len, nhits;
	double			 t0, w0;

	memset(&s, 0, sizeof(s));
	/* As the browser does, before the first key. */
	if (typing && ((cache = search_cache_new()) == NULL ||
	    !search_cache_fill(cache, cat->pubs, cat->npubs)))
		exit(1);
	for (len = 1; len <= strlen(query) && len < sizeof(prefix); len++) {
		memcpy(prefix, query, len);
		prefix[len] = '\0';
		t0 = now_ms(CLOCK_THREAD_CPUTIME_ID);
		w0 = now_ms(CLOCK_MONOTONIC);
		if ((q = search_new_opts(words, 1, &so, &st, err,
		    sizeof(err))) != NULL) {
			search_use_cache(q, cache);
			if (!search_run(q, cat->pubs, cat->npubs, &hits, &nhits))
				exit(1);
			free(hits);
			search_free(q);
		}
		s.ms[s.n] = now_ms(CLOCK_THREAD_CPUTIME_ID) - t0;
		s.wall[s.n++] = now_ms(CLOCK_MONOTONIC) - w0;
	}
	search_cache_free(cache);
	report(name, "-", what, &s, budget);
}

static void
run(const char *name, struct catalog *cat, int cols, int rows, double budget)
{
	struct browse_opts	 o;
	struct browse		 b;
	struct browse_screen	*scr;
	struct sample		 typing, moving;
	FILE			*out, *in;
	char			 err[256], size[16], env[16];
	const char		*q;
	size_t			 i;
	bool			 oom;

	memset(&typing, 0, sizeof(typing));
	memset(&moving, 0, sizeof(moving));
	snprintf(env, sizeof(env), "%d", cols);
	setenv("COLUMNS", env, 1);
	snprintf(env, sizeof(env), "%d", rows);
	setenv("LINES", env, 1);
	memset(&o, 0, sizeof(o));
	o.limit = SIZE_MAX;
	if (!browse_init(&b, cat, &o, err, sizeof(err)) ||
	    (out = fopen("/dev/null", "w")) == NULL ||
	    (in = fopen("/dev/null", "r")) == NULL ||
	    (scr = browse_draw_open(out, in, true, err, sizeof(err))) == NULL) {
		fprintf(stderr, "bench/browse: %s\n", err);
		exit(1);
	}
	browse_draw(scr, &b, &oom);
	for (q = QUERY; *q != '\0'; q++)
		key(scr, &b, (unsigned char)*q, &typing);
	for (q = QUERY; *q != '\0'; q++)
		key(scr, &b, BROWSE_KEY_BACKSPACE, &typing);
	for (i = 0; i < MOVES; i++)
		key(scr, &b, i < MOVES / 2 ? BROWSE_KEY_DOWN : BROWSE_KEY_UP,
		    &moving);
	browse_draw_close(scr, true);
	fclose(in);
	fclose(out);
	browse_free(&b);
	snprintf(size, sizeof(size), "%dx%d", cols, rows);
	report(name, size, "type or delete", &typing, budget);
	report(name, size, "move (new record)", &moving, budget);
}

static struct catalog *
load(const char *path)
{
	struct diags	 d;
	struct input	*in;
	struct catalog	*cat = NULL;

	diags_init(&d, path != NULL ? path : BUILTIN_CATALOG_NAME);
	if (path != NULL)
		in = input_open(path, INPUT_MAX_BYTES, &d);
	else
		in = input_memory(BUILTIN_CATALOG_NAME, builtin_catalog,
		    builtin_catalog_size);
	if (in != NULL)
		cat = catalog_load(in, &d);
	input_close(in);
	if (cat == NULL) {
		diags_print(&d, stderr, "bench/browse", false);
		exit(1);
	}
	diags_free(&d);
	return cat;
}

int
main(int argc, char **argv)
{
	struct catalog	*cat;
	char		 name[64];
	int		 i;

	setenv("TERM", "xterm-256color", 1);
	printf("\nbrowse: from a key to the screen drawn (rank, format, "
	    "ncurses), processor time per key\n");
	printf("  %-18s %-7s %-17s %3s %9s %9s %9s %9s\n", "catalogue",
	    "screen", "keys", "n", "median", "p95", "max", "wall med");
	for (i = 0; i < argc; i++) {
		cat = load(i == 0 ? NULL : argv[i]);
		snprintf(name, sizeof(name), "%s (%zu)", i == 0 ? "shipped" :
		    "synthetic", cat->npubs);
		/* The budgets: 16 ms shipped, 100 ms at 10k. */
		run(name, cat, 80, 24, i == 0 ? 16 : 100);
		run(name, cat, 250, 80, i == 0 ? 16 : 100);
		rank_only(name, cat, "rank, typing", QUERY, true,
		    i == 0 ? 16 : 100);
		rank_only(name, cat, "rank, as search", QUERY, false,
		    i == 0 ? 16 : 100);
		rank_only(name, cat, "typos, typing", TYPOS, true,
		    i == 0 ? 16 : 100);
		rank_only(name, cat, "typos, as search", TYPOS, false,
		    i == 0 ? 16 : 100);
		catalog_free(cat);
	}
	return 0;
}
