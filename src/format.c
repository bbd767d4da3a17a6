/*
 * format.c: the table of output formats.
 */
#include <string.h>

#include "format.h"

static const struct {
	const char	*name;
	format_fn	*write;
} formats[FORMAT__COUNT] = {
	[FORMAT_PLAIN] = { "plain", fmt_plain },
	[FORMAT_TABLE] = { "table", fmt_table },
	[FORMAT_JSON] = { "json", fmt_json },
	[FORMAT_FULL] = { "full", fmt_full },
};

const char *
format_name(enum format f)
{
	return formats[f].name;
}

int
format_lookup(const char *name)
{
	int	 i;

	for (i = 0; i < FORMAT__COUNT; i++)
		if (strcmp(formats[i].name, name) == 0)
			return i;
	return -1;
}

const char *
format_names(void)
{
	return "plain, table, json, full";
}

void
format_write(enum format f, struct out *o, struct pub *const *v, size_t n)
{
	formats[f].write(o, v, n);
}
