/*
 * fuzz_load.c: libFuzzer harness for the loader.
 *
 * Any bytes are a catalogue to load: it must load or be refused with
 * diagnostics, without a crash, a leak or undefined behaviour.  What
 * loads is checked further (ids unique and present, positions set).
 */
#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "load.h"

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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags	 d;
	struct catalog	*cat;
	size_t		 i;

	cat = catalog_load_memory("fuzz.yaml", data, size, &d);
	if (cat != NULL) {
		if (diags_failed(&d))
			abort();	/* loaded despite an error */
		for (i = 0; i < cat->npubs; i++)
			if (cat->pubs[i]->id.ptr == NULL ||
			    cat->pubs[i]->title.ptr == NULL ||
			    cat->pubs[i]->index != i)
				abort();
	} else if (d.nerrors == 0 && !d.oom)
		abort();		/* refused without saying why */
	catalog_free(cat);
	diags_free(&d);
	return 0;
}
