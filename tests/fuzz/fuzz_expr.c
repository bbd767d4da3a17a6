/*
 * fuzz_expr.c: libFuzzer harness for filter expressions.
 *
 * Any bytes (up to the first NUL) are an expression: it must compile or
 * be refused with a message and a column inside it; what compiles is
 * evaluated against every record of the built-in catalogue, and its
 * highlight marks must lie inside the texts they mark.
 */
#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "catalog.h"
#include "diag.h"
#include "expr.h"
#include "filter.h"
#include "load.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct catalog	*cat;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diags	 d;

	(void)argc;
	(void)argv;
	setlocale(LC_CTYPE, "C.UTF-8");
	if ((cat = catalog_load_memory("builtin", builtin_catalog,
	    builtin_catalog_size, &d)) == NULL)
		abort();
	diags_free(&d);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct filter	*f;
	struct mark	 m[64];
	char		*expr;
	size_t		 i, k, n, len;

	if ((expr = malloc(size + 1)) == NULL)
		return 0;
	memcpy(expr, data, size);
	expr[size] = '\0';
	len = strlen(expr);
	if ((f = filter_new()) == NULL) {
		free(expr);
		return 0;
	}
	switch (filter_expr(f, expr)) {
	case FILTER_OK:
		for (i = 0; i < cat->npubs; i++) {
			if (filter_match(f, cat->pubs[i]) < 0)
				break;
			n = filter_marks(f, FIELD_TITLE, cat->pubs[i]->title,
			    m, 64);
			for (k = 0; k < n; k++)
				if (m[k].start > m[k].end ||
				    m[k].end > cat->pubs[i]->title.len)
					abort();
		}
		break;
	case FILTER_BAD:
		if (filter_error(f)[0] == '\0' ||
		    filter_error_column(f) < 1 ||
		    filter_error_column(f) > len + 1)
			abort();
		break;
	default:
		break;
	}
	filter_free(f);
	free(expr);
	return 0;
}
