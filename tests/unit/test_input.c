/*
 * test_input.c: reading catalogues, and the limits on what is read.
 *
 * The size limit at and one past it, for a regular file; a file that
 * shrinks or grows while it is read; a parse that stops early is not a
 * change; the record and depth limits at and one past them; a FIFO with
 * no writer does not hang; a pipe is streamed, not read whole, its
 * limit found as it is read, and the positions of its last bytes read
 * are right however far into it they are;
 * input in memory is read in pieces; positions count lines as libyaml
 * does (LF, CR, CRLF, NEL, LS, PS) and columns in characters, after
 * any byte order mark, in memory and in a file alike.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sys/stat.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "diag.h"
#include "input.h"
#include "load.h"

static char	 path[] = "/tmp/iompubs-test-input-XXXXXX";

static int
setup(void **state)
{
	int	 fd;

	(void)state;
	if ((fd = mkstemp(path)) == -1)
		return -1;
	close(fd);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(path);
	return 0;
}

static void
write_file(const char *text)
{
	FILE	*fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

/* Open path with a limit and load it; returns the error, or "" if fine. */
static void
load_file(uint64_t limit, char *err, size_t size)
{
	struct diags	 d;
	struct input	*in;
	struct catalog	*cat = NULL;

	diags_init(&d, path);
	if ((in = input_open(path, limit, &d)) != NULL)
		cat = catalog_load(in, &d);
	snprintf(err, size, "%s", d.n > 0 ? d.v[0].msg : "");
	catalog_free(cat);
	input_close(in);
	diags_free(&d);
}

static void
size_limit(void **state)
{
	static const char text[] = "- {title: A, year: 2015}\n";
	char	 err[256];

	(void)state;
	write_file(text);
	load_file(sizeof(text) - 1, err, sizeof(err));
	assert_string_equal(err, "");
	load_file(sizeof(text) - 2, err, sizeof(err));
	assert_string_equal(err, "file is larger than the limit of 24 bytes");
}

static void
file_changes(void **state)
{
	struct diags	 d;
	struct input	*in;
	char		 buf[16];

	(void)state;
	/* Shrinks: ends short of the size it had when opened. */
	write_file("- {title: A, year: 2015}\n");
	diags_init(&d, path);
	assert_non_null(in = input_open(path, INPUT_MAX_BYTES, &d));
	assert_int_equal(input_read(in, buf, 10), 10);
	assert_int_equal(truncate(path, 12), 0);
	while (input_read(in, buf, sizeof(buf)) > 0)
		;
	assert_false(input_finish(in, &d));
	assert_int_equal(d.n, 1);
	assert_non_null(strstr(d.v[0].msg, "changed size while being read"));
	/* Asked again, it says the same, and only once. */
	assert_false(input_finish(in, &d));
	assert_int_equal(d.n, 1);
	input_close(in);
	diags_free(&d);

	/* Grows: more than the size it had. */
	write_file("- {title: A, year: 2015}\n");
	diags_init(&d, path);
	assert_non_null(in = input_open(path, INPUT_MAX_BYTES, &d));
	write_file("- {title: A, year: 2015}\n- {title: B, year: 2016}\n");
	while (input_read(in, buf, sizeof(buf)) > 0)
		;
	assert_false(input_finish(in, &d));
	input_close(in);
	diags_free(&d);

	/* Stopped early by the parser: no verdict on the size. */
	write_file("- {title: A, year: 2015}\n");
	diags_init(&d, path);
	assert_non_null(in = input_open(path, INPUT_MAX_BYTES, &d));
	assert_int_equal(input_read(in, buf, 4), 4);
	assert_true(input_finish(in, &d));
	input_close(in);
	diags_free(&d);
}

static void
fifo_without_writer(void **state)
{
	char	 fifo[] = "/tmp/iompubs-test-fifo-XXXXXX";
	char	 err[256];
	int	 fd;

	(void)state;
	assert_true((fd = mkstemp(fifo)) >= 0);
	close(fd);
	unlink(fifo);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	memcpy(path, fifo, sizeof(fifo));
	load_file(INPUT_MAX_BYTES, err, sizeof(err));
	unlink(fifo);
	assert_string_equal(err, "no data from this FIFO: nothing wrote to it "
	    "within 5 seconds");
}

static const char *
load_text(const char *text, const struct load_opts *opts, struct diags *d)
{
	struct input	*in;
	struct catalog	*cat;

	diags_init(d, "t.yaml");
	in = input_memory("t.yaml", text, strlen(text));
	assert_non_null(in);
	cat = catalog_load_with(in, d, opts);
	input_close(in);
	catalog_free(cat);
	return d->n > 0 ? d->v[0].msg : "";
}

static void
record_limit(void **state)
{
	struct load_opts opts = load_default_opts;
	struct diags	 d;
	static const char text[] = "- {title: A, year: 2015}\n"
	    "- {title: B, year: 2015}\n- {title: C, year: 2015}\n";

	(void)state;
	opts.records = 3;
	assert_string_equal(load_text(text, &opts, &d), "");
	diags_free(&d);
	opts.records = 2;
	assert_string_equal(load_text(text, &opts, &d),
	    "more than 2 items in 'publications'");
	assert_int_equal(d.v[0].at.line, 3);
	assert_int_equal(d.v[0].at.col, 3);
	diags_free(&d);
}

static void
depth_limit(void **state)
{
	struct load_opts opts = load_default_opts;
	struct diags	 d;
	/* Root map, publications, record, editions, edition, languages. */
	static const char text[] = "publications:\n"
	    "  - {title: A, year: 2015, editions: [{year: 2015, "
	    "languages: [en]}]}\n";

	(void)state;
	opts.depth = 6;
	assert_string_equal(load_text(text, &opts, &d), "");
	diags_free(&d);
	opts.depth = 5;
	assert_string_equal(load_text(text, &opts, &d),
	    "nesting deeper than 5 levels; a catalogue needs at most 6");
	assert_int_equal(d.v[0].at.line, 2);
	assert_int_equal(d.v[0].at.col, 63);
	diags_free(&d);
}

static void
skipped_fields_still_checked(void **state)
{
	struct load_opts opts = load_default_opts;
	struct diags	 d;

	(void)state;
	opts.skip = 1u << FIELD_ABSTRACT | 1u << FIELD_NOTES;
	assert_string_equal(load_text("- {title: A, year: 2015, abstract: "
	    "[x]}\n", &opts, &d), "'abstract' must be a string, not a list");
	diags_free(&d);
	opts.field = 3;
	assert_string_equal(load_text("- {title: A, year: 2015, notes: "
	    "long}\n", &opts, &d), "'notes' is longer than the limit of 3 "
	    "bytes");
	diags_free(&d);
}

/* Write text into a pipe, close it, and open its reading end by path. */
static struct input *
open_pipe(const char *text, uint64_t limit, struct diags *d)
{
	struct input	*in;
	char		 name[64];
	int		 fd[2];

	assert_int_equal(pipe(fd), 0);
	assert_int_equal(write(fd[1], text, strlen(text)),
	    (ssize_t)strlen(text));
	close(fd[1]);
	snprintf(name, sizeof(name), "/dev/fd/%d", fd[0]);
	diags_init(d, name);
	in = input_open(name, limit, d);
	close(fd[0]);
	return in;
}

static void
pipe_streamed(void **state)
{
	static const char text[] = "- {title: A, year: 2015}\n";
	struct diags	 d;
	struct input	*in;
	const char	*buf;
	char		 got[64];
	size_t		 len, n;

	(void)state;
	assert_non_null(in = open_pipe(text, sizeof(text) - 1, &d));
	/* Not read whole: read as the parser asks. */
	assert_false(input_contents(in, &buf, &len));
	for (len = 0; (n = input_read(in, got + len, 5)) > 0; len += n)
		assert_true(n <= 5);
	assert_int_equal(len, sizeof(text) - 1);
	assert_memory_equal(got, text, len);
	assert_true(input_finish(in, &d));
	assert_int_equal(d.n, 0);
	input_close(in);
	diags_free(&d);

	/* One byte over the limit: found when it is read. */
	assert_non_null(in = open_pipe(text, sizeof(text) - 2, &d));
	while (input_read(in, got, sizeof(got)) > 0)
		;
	assert_false(input_finish(in, &d));
	assert_int_equal(d.n, 1);
	assert_string_equal(d.v[0].msg, "input is larger than the limit of "
	    "24 bytes");
	input_close(in);
	diags_free(&d);
}

/*
 * Positions in a pipe far beyond its window: the last bytes read are
 * placed as in memory, once the reader is past 300 KB of mixed lines.
 */
static void
pipe_positions(void **state)
{
	struct diags	 d;
	struct input	*mem, *in;
	FILE		*fp;
	char		*text, cmd[128], name[64], buf[16384];
	size_t		 len = 0, i;
	uint64_t	 off;
	struct pos	 a, b;

	(void)state;
	assert_non_null(text = malloc(400 * 1024));
	memcpy(text, "\xef\xbb\xbf", 3);
	for (len = 3, i = 0; len < 300 * 1024; i++)
		len += (size_t)sprintf(text + len, "%s%zu\xc3\xa9%s", i % 3 ?
		    "" : "  ", i * 7919, i % 5 ? "\n" : "\r\n");
	write_file(text);
	snprintf(cmd, sizeof(cmd), "cat %s", path);
	assert_non_null(fp = popen(cmd, "r"));
	snprintf(name, sizeof(name), "/dev/fd/%d", fileno(fp));
	diags_init(&d, name);
	assert_non_null(in = input_open(name, INPUT_MAX_BYTES, &d));
	assert_non_null(mem = input_memory("m", text, len));
	for (off = 0; input_read(in, buf, sizeof(buf)) > 0; )
		off += sizeof(buf);
	for (off = len - 40000; off <= len; off += 997) {
		a = input_pos_at(mem, off);
		b = input_pos_at(in, off);
		if (a.line != b.line || a.col != b.col)
			fail_msg("byte %llu: %u:%u from memory, %u:%u from the "
			    "pipe", (unsigned long long)off, a.line, a.col,
			    b.line, b.col);
	}
	assert_true(input_finish(in, &d));
	input_close(in);
	input_close(mem);
	pclose(fp);
	diags_free(&d);
	free(text);
}

static void
memory_read_in_pieces(void **state)
{
	static const char text[] = "0123456789";
	struct diags	 d;
	struct input	*in;
	char		 buf[4];

	(void)state;
	assert_non_null(in = input_memory("m", text, 10));
	assert_string_equal(input_name(in), "m");
	assert_int_equal(input_read(in, buf, 4), 4);
	assert_memory_equal(buf, "0123", 4);
	assert_int_equal(input_read(in, buf, 4), 4);
	assert_int_equal(input_read(in, buf, 4), 2);
	assert_memory_equal(buf, "89", 2);
	assert_int_equal(input_read(in, buf, 4), 0);
	diags_init(&d, "m");
	assert_true(input_finish(in, &d));
	diags_free(&d);
	input_close(in);
}

/* The position of byte off of text, read from memory and from a file. */
static void
assert_pos(struct input *mem, struct input *file, uint64_t off,
    unsigned line, unsigned col)
{
	struct pos	 a = input_pos_at(mem, off), b = input_pos_at(file, off);

	if (a.line != line || a.col != col || b.line != line || b.col != col)
		fail_msg("byte %llu: %u:%u in memory, %u:%u in the file; "
		    "expected %u:%u", (unsigned long long)off, a.line, a.col,
		    b.line, b.col, line, col);
}

static void
positions(void **state)
{
	/* BOM; "a", NEL; "é", LS; "b", PS; "c" CRLF "d" CR "e" LF "f" */
	static const char text[] = "\xef\xbb\xbf" "a\xc2\x85" "\xc3\xa9"
	    "\xe2\x80\xa8" "b\xe2\x80\xa9" "c\r\nd\re\nf";
	struct diags	 d;
	struct input	*mem, *file;

	(void)state;
	write_file(text);
	diags_init(&d, path);
	assert_non_null(mem = input_memory("m", text, sizeof(text) - 1));
	assert_non_null(file = input_open(path, INPUT_MAX_BYTES, &d));
	assert_pos(mem, file, 0, 1, 1);
	assert_pos(mem, file, 3, 1, 1);		/* "a", after the BOM */
	assert_pos(mem, file, 4, 1, 2);		/* NEL */
	assert_pos(mem, file, 6, 2, 1);		/* "é" */
	assert_pos(mem, file, 8, 2, 2);		/* LS */
	assert_pos(mem, file, 11, 3, 1);	/* "b" */
	assert_pos(mem, file, 15, 4, 1);	/* "c" */
	assert_pos(mem, file, 16, 4, 2);	/* CR of CRLF */
	assert_pos(mem, file, 18, 5, 1);	/* "d" */
	assert_pos(mem, file, 20, 6, 1);	/* "e" */
	assert_pos(mem, file, 22, 7, 1);	/* "f" */
	/* Past the end: the end. */
	assert_pos(mem, file, 1000, 7, 2);
	input_close(mem);
	input_close(file);
	diags_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(size_limit),
		cmocka_unit_test(file_changes),
		cmocka_unit_test(record_limit),
		cmocka_unit_test(depth_limit),
		cmocka_unit_test(skipped_fields_still_checked),
		cmocka_unit_test(fifo_without_writer),
		cmocka_unit_test(pipe_streamed),
		cmocka_unit_test(pipe_positions),
		cmocka_unit_test(memory_read_in_pieces),
		cmocka_unit_test(positions),
	};

	return cmocka_run_group_tests_name("input", tests, setup, teardown);
}
