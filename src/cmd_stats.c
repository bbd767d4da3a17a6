/*
 * cmd_stats.c: iompubs stats (not written yet).
 */
#include "cli.h"

const struct command command_stats = {
	"stats", cmd_stats,
	"stats",
	"(not written yet)",
	"Not written yet.\n"
};

int
cmd_stats(struct cli *c, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_usage_error(c, "not written yet");
}
