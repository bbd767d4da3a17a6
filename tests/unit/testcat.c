/*
 * testcat.c: a catalogue from a string, for the unit tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "load.h"
#include "testcat.h"

struct catalog *
testcat_load(const char *yaml, size_t len, struct diags *d)
{
	return catalog_load_memory(TESTCAT_NAME, yaml, len, d);
}

struct catalog *
testcat(const char *yaml)
{
	return testcat_len(yaml, strlen(yaml));
}

struct catalog *
testcat_len(const char *yaml, size_t len)
{
	struct diags	 d;
	struct catalog	*cat;

	cat = testcat_load(yaml, len, &d);
	if (cat == NULL || d.n > 0) {
		diags_print(&d, stderr, "test", false);
		fail_msg("the test catalogue does not load cleanly");
	}
	diags_free(&d);
	return cat;
}
