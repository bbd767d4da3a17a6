/*
 * fuzz_match.c: libFuzzer harness for show's query matching and its
 * suggestions, and for search queries, over a small catalogue with what
 * matters to matching: ids, ISBNs in both forms, an ISSN with X,
 * accents, a compound word, shared title prefixes.  (The built-in one
 * would make each run a hundred times slower for little more coverage.)
 */
#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "diag.h"
#include "format.h"
#include "load.h"
#include "match.h"
#include "search.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char small[] =
    "- {id: caring-2009, title: \"Caring for Trafficked Persons: Guidance\","
    " year: 2009, isbn: [978-92-9068-466-4], languages: [English, es],"
    " abstract: \"For many trafficked persons, health providers...\"}\n"
    "- {id: caring-guide-2012, title: \"Caring for Trafficked Persons\","
    " year: 2012, eisbn: [9789290686552], abstract: \"Re-trafficking and"
    " forced labour at sea.\\n\\nFishers.\"}\n"
    "- {id: etat, title: \"\u00c9tat des lieux \u00e0 Madagascar\","
    " year: 2015, issn: 1607-338X, languages: [French]}\n"
    "- {title: \"Trata de personas: explotaci\u00f3n laboral\", year: 2013,"
    " languages: [Espa\u00f1ol], abstract: \"\u4eba\u53e3\u8d29\u8fd0\"}\n";

static struct catalog	*cat;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diags	 d;

	(void)argc;
	(void)argv;
	setlocale(LC_CTYPE, "C.UTF-8");
	if ((cat = catalog_load_memory("small", small, sizeof(small) - 1,
	    &d)) == NULL)
		abort();
	diags_free(&d);
	return 0;
}

static void
try_search(const char *query)
{
	struct search		*q;
	struct search_hit	*hits;
	struct snippet		 sn;
	struct buf		 b = { NULL, 0, 0, false };
	enum search_status	 st;
	const char		*words[1] = { query };
	char			 err[128];
	size_t			 n, i, k;

	if ((q = search_new(words, 1, &st, err, sizeof(err))) == NULL)
		return;
	if (search_run(q, cat->pubs, cat->npubs, &hits, &n)) {
		for (i = 0; i < n && i < 3; i++) {
			if (!search_snippet(q, hits[i].p, 80, &b, &sn))
				break;
			for (k = 0; k < sn.nmarks; k++)
				if (sn.mark[k].start > sn.mark[k].end ||
				    sn.mark[k].end > sn.text.len)
					abort();
		}
		free(hits);
	}
	buf_free(&b);
	search_free(q);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct match	 m;
	struct pub	*near[3];
	char		*query;
	size_t		 n, i;

	if ((query = malloc(size + 1)) == NULL)
		return 0;
	memcpy(query, data, size);
	query[size] = '\0';
	if (match_find(cat, query, size, &m)) {
		for (i = 1; i < m.n; i++)
			if (m.v[i] == m.v[i - 1])
				abort();	/* a record twice */
		match_free(&m);
	}
	n = match_suggest(cat, query, size, near, 3);
	if (n != SIZE_MAX && n > 3)
		abort();
	try_search(query);
	free(query);
	return 0;
}
