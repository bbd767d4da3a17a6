/*
 * cmd_check.c: iompubs check (not written yet).
 */
#include "cli.h"

const struct command command_check = {
	"check", cmd_check,
	"check",
	"(not written yet)",
	"Not written yet.\n"
};

int
cmd_check(struct cli *c, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_usage_error(c, "not written yet");
}
