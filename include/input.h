/*
 * input.h: where a catalogue's bytes come from.
 *
 * A catalogue is read from a file, from standard input, or from the copy
 * built into the program.  Files, pipes and devices alike are streamed
 * to the parser in blocks as it asks for them, so a large catalogue is
 * never held in memory twice and a parser that stops early stops the
 * reading.  The input remembers enough to turn a byte offset back into
 * a line and column (for a pipe: one within the last blocks read), and
 * notices a file that changes size while it is being read.
 */
#ifndef IOMPUBS_INPUT_H
#define IOMPUBS_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"

/* Refuse catalogues larger than this many bytes (see iompubs(1), LIMITS). */
#define INPUT_MAX_BYTES	((uint64_t)4 << 30)

/* Seconds to wait for something to write to a FIFO given as catalogue. */
#define INPUT_FIFO_WAIT	5

struct input;

/*
 * Open path ("-" is standard input).  On failure, returns NULL and adds
 * an unlocated diagnostic to d (which must be set up with the name the
 * user gave).
 */
struct input	*input_open(const char *path, uint64_t limit, struct diags *d);

/* Wrap len bytes at buf, which must outlive the input. */
struct input	*input_memory(const char *name, const void *buf, size_t len);

void		 input_close(struct input *);

const char	*input_name(const struct input *);

/* The whole input, when it was given in memory; else false. */
bool		 input_contents(const struct input *, const char **buf,
		    size_t *len);

/*
 * Read up to n bytes for the parser; returns the bytes read, 0 at end of
 * input or on an error (recorded and reported by input_finish()).
 */
size_t		 input_read(struct input *, void *buf, size_t n);

/*
 * After parsing: report a read error or a file that changed.  The first
 * call judges and reports; later ones return the same verdict quietly.
 */
bool		 input_finish(struct input *, struct diags *);

/* Line and column of the character at byte offset off. */
struct pos	 input_pos_at(struct input *, uint64_t off);

#endif
