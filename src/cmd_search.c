/*
 * cmd_search.c: iompubs search (not written yet).
 */
#include "cli.h"

const struct command command_search = {
	"search", cmd_search,
	"search",
	"(not written yet)",
	"Not written yet.\n"
};

int
cmd_search(struct cli *c, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_usage_error(c, "not written yet");
}
