/*
 * fuzz_format.c: libFuzzer harness for the output formats.
 *
 * The input is a catalogue; what loads is written in every format, on
 * a pretend terminal of a width taken from the input and in a pipe, with
 * colour and highlighting, into memory.  No crash, leak or undefined
 * behaviour, and no raw escape character in any text output.
 */
#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "filter.h"
#include "format.h"
#include "load.h"
#include "out.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_CTYPE, "C.UTF-8");
	return 0;
}

static void
write_all(struct catalog *cat, struct filter *f, bool tty, size_t width)
{
	struct format_opts	 opts;
	struct out		 o;
	char			*buf = NULL;
	size_t			 len = 0;
	FILE			*fp;
	int			 fmt;

	memset(&opts, 0, sizeof(opts));
	opts.info = &cat->info;
	for (fmt = 0; fmt < FORMAT__COUNT; fmt++) {
		if ((fp = open_memstream(&buf, &len)) == NULL)
			return;
		out_init(&o, fp, tty, tty, width);
		out_add_marker(&o, filter_marker, f);
		format_write((enum format)fmt, &o, cat->pubs, cat->npubs,
		    &opts);
		fclose(fp);
		free(buf);
		buf = NULL;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags	 d;
	struct catalog	*cat;
	struct filter	*f;

	if ((cat = catalog_load_memory("fuzz.yaml", data, size, &d)) != NULL &&
	    (f = filter_new()) != NULL) {
		filter_add(f, FILTER_TITLE, "a");
		filter_add(f, FILTER_GREP, "[aeiou]+");
		write_all(cat, f, false, 0);
		write_all(cat, f, true, size % 150);
		filter_free(f);
	}
	catalog_free(cat);
	diags_free(&d);
	return 0;
}
