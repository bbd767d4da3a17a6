/*
 * embed: write a file as a C array, for the built-in catalogue.
 *
 *	embed NAME FILE > out.c
 *
 * Defines `const unsigned char NAME[]` (with a NUL after the data, which
 * is not counted) and `const size_t NAME_size`.
 */
#include <stdio.h>
#include <stdlib.h>

int
main(int argc, char *argv[])
{
	FILE		*fp;
	unsigned long	 n = 0;
	int		 c;

	if (argc != 3) {
		fprintf(stderr, "usage: embed NAME FILE\n");
		return 2;
	}
	if ((fp = fopen(argv[2], "rb")) == NULL) {
		perror(argv[2]);
		return 1;
	}
	printf("/* Generated from %s by tools/embed; do not edit. */\n"
	    "#include <stddef.h>\n\n"
	    "const unsigned char %s[] = {", argv[2], argv[1]);
	while ((c = getc(fp)) != EOF) {
		printf("%s%d,", n % 20 == 0 ? "\n\t" : "", c);
		n++;
	}
	if (ferror(fp)) {
		perror(argv[2]);
		return 1;
	}
	fclose(fp);
	printf("\n\t0\n};\n\nconst size_t %s_size = %lu;\n", argv[1], n);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		perror("embed");
		return 1;
	}
	return 0;
}
