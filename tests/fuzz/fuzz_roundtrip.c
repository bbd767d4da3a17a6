/*
 * fuzz_roundtrip.c: libFuzzer harness for the formats that claim to load
 * again as a catalogue (json, yaml).
 *
 * The input is a catalogue; what loads is written in each such format,
 * the output is loaded again, and both catalogues are written as jsonl,
 * which shows every field of every record: the two must be the same
 * bytes.  A format whose output does not load, or loads to other
 * records, aborts.
 */
#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
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

/* cat in format fmt, in a new buffer (*len bytes); NULL on failure. */
static char *
render(const struct catalog *cat, enum format fmt, size_t *len)
{
	struct format_opts	 opts;
	struct out		 o;
	char			*buf = NULL;
	FILE			*fp;

	memset(&opts, 0, sizeof(opts));
	opts.info = &cat->info;
	if ((fp = open_memstream(&buf, len)) == NULL)
		return NULL;
	out_init(&o, fp, false, false, 0);
	format_write(fmt, &o, cat->pubs, cat->npubs, &opts);
	if (fclose(fp) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

static void
round_trip(const struct catalog *cat, enum format fmt)
{
	struct catalog	*again;
	struct diags	 d;
	char		*out, *want, *got;
	size_t		 outlen, wantlen, gotlen;

	if ((out = render(cat, fmt, &outlen)) == NULL)
		return;
	again = catalog_load_memory("fuzz.yaml", out, outlen, &d);
	if (again == NULL && !d.oom) {
		diags_print(&d, stderr, "reload", true);
		fprintf(stderr, "%s output does not load:\n%.*s\n",
		    format_name(fmt), (int)outlen, out);
		abort();
	}
	want = render(cat, FORMAT_JSONL, &wantlen);
	got = again != NULL ? render(again, FORMAT_JSONL, &gotlen) : NULL;
	if (want != NULL && got != NULL && (wantlen != gotlen ||
	    memcmp(want, got, wantlen) != 0)) {
		fprintf(stderr, "%s output loads to other records:\n%.*s\n"
		    "---\n%.*s\n", format_name(fmt), (int)wantlen, want,
		    (int)gotlen, got);
		abort();
	}
	free(want);
	free(got);
	free(out);
	catalog_free(again);
	diags_free(&d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags	 d;
	struct catalog	*cat;

	cat = catalog_load_memory("fuzz.yaml", data, size, &d);
	if (cat != NULL) {
		round_trip(cat, FORMAT_JSON);
		round_trip(cat, FORMAT_YAML);
	}
	catalog_free(cat);
	diags_free(&d);
	return 0;
}
