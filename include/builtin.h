/*
 * builtin.h: the catalogue compiled into the program.
 *
 * The build turns data/catalog.yaml into a byte array, so that iompubs
 * works from any directory, installed or not, with no data files.
 */
#ifndef IOMPUBS_BUILTIN_H
#define IOMPUBS_BUILTIN_H

#include <stddef.h>

extern const unsigned char	builtin_catalog[];
extern const size_t		builtin_catalog_size;

#define BUILTIN_CATALOG_NAME	"(built-in catalog.yaml)"

#endif
