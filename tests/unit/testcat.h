/*
 * testcat.h: a catalogue from a string, for the unit tests.
 *
 * One way for every unit test to make a catalogue: the text is read as a
 * file named TESTCAT_NAME would be, through input_memory() and
 * catalog_load().
 */
#ifndef IOMPUBS_TESTCAT_H
#define IOMPUBS_TESTCAT_H

#include <stddef.h>

#include "catalog.h"
#include "diag.h"

#define TESTCAT_NAME	"t.yaml"

/*
 * Load yaml[0..len) into a catalogue, or NULL; d is initialised here and
 * holds the messages, which the caller frees.
 */
struct catalog	*testcat_load(const char *yaml, size_t len, struct diags *d);

/* The catalogue of yaml, which must load without a message. */
struct catalog	*testcat(const char *yaml);
struct catalog	*testcat_len(const char *yaml, size_t len);

#endif
