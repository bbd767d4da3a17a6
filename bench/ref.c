/*
 * ref.c: the floor for any libyaml-based loader: libyaml's event parse
 * of a file and nothing else.
 *
 *	ref FILE
 *
 * Reads FILE in libyaml's own blocks, parses every event and frees it;
 * prints the number of events.  iompubs's times are quoted as ratios to
 * this.
 */
#include <stdio.h>

#include <yaml.h>

int
main(int argc, char *argv[])
{
	yaml_parser_t	 parser;
	yaml_event_t	 event;
	unsigned long	 events = 0;
	FILE		*fp;
	int		 done = 0;

	if (argc != 2 || (fp = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "usage: ref FILE\n");
		return 2;
	}
	if (!yaml_parser_initialize(&parser))
		return 2;
	yaml_parser_set_input_file(&parser, fp);
	while (!done) {
		if (!yaml_parser_parse(&parser, &event)) {
			fprintf(stderr, "ref: %s\n", parser.problem);
			return 1;
		}
		done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
		events++;
	}
	yaml_parser_delete(&parser);
	fclose(fp);
	printf("%lu events\n", events);
	return 0;
}
