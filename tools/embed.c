/*
 * embed: write a file as a C array, for the built-in catalogue and the
 * HTML page's style sheet and script.
 *
 *	embed NAME FILE [SHA256] > out.c
 *
 * Defines `const unsigned char NAME[]` (with a NUL after the data, which
 * is not counted) and `const size_t NAME_size`.  With SHA256, the file's
 * digest in hex as sha256sum(1) prints it, also defines `const char
 * NAME_sha256[]`, the digest in base64, as a Content-Security-Policy
 * names a script or style by its hash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* The 32 bytes of a hex SHA-256 digest in base64; 0 if not one. */
static int
digest_base64(const char *hex, char *out)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned char	 d[33];
	unsigned long	 v;
	size_t		 i, k = 0;

	if (strlen(hex) != 64)
		return 0;
	for (i = 0; i < 32; i++) {
		int hi = hexval(hex[2 * i]), lo = hexval(hex[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return 0;
		d[i] = (unsigned char)(hi << 4 | lo);
	}
	d[32] = 0;
	for (i = 0; i < 33; i += 3) {
		v = (unsigned long)d[i] << 16 | (unsigned long)d[i + 1] << 8 |
		    (i + 2 < 33 ? d[i + 2] : 0);
		out[k++] = b64[v >> 18 & 63];
		out[k++] = b64[v >> 12 & 63];
		out[k++] = b64[v >> 6 & 63];
		out[k++] = b64[v & 63];
	}
	/* 32 bytes are 43 characters and one "=". */
	out[43] = '=';
	out[44] = '\0';
	return 1;
}

int
main(int argc, char *argv[])
{
	FILE		*fp;
	unsigned long	 n = 0;
	int		 c;
	char		 b64[48];

	if (argc != 3 && argc != 4) {
		fprintf(stderr, "usage: embed NAME FILE [SHA256]\n");
		return 2;
	}
	if (argc == 4 && !digest_base64(argv[3], b64)) {
		fprintf(stderr, "embed: %s: not a SHA-256 digest in hex\n",
		    argv[3]);
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
	if (argc == 4)
		printf("\nconst char %s_sha256[] = \"%s\";\n", argv[1], b64);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		perror("embed");
		return 1;
	}
	return 0;
}
