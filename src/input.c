/*
 * input.c: reading a catalogue from a file, standard input or memory.
 *
 * Every source is read in blocks as the parser asks for them, never
 * whole: a parser that stops at the first invalid byte of /dev/zero has
 * read one block of it.  To tell the line and column of such a byte, a
 * regular file is read again up to it; a pipe cannot be, so the last
 * INPUT_WINDOW bytes read from one are kept, with the position where
 * they start.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"

#define INPUT_CHUNK	(64 * 1024)

/*
 * Bytes of a pipe kept for positions: libyaml's reader never lags more
 * than its raw buffer (16 KB) behind what it has read.
 */
#define INPUT_WINDOW	(128 * 1024)

/* Line and column counting the way libyaml counts them. */
struct poscount {
	uint64_t	 line;
	uint64_t	 col;
	unsigned char	 prev[2];	/* the two bytes before, newest first */
	bool		 bom_checked;
};

struct input {
	char		*name;		/* for messages */
	int		 fd;		/* -1 when reading from memory */
	bool		 close_fd;	/* we opened fd */
	off_t		 start;		/* file offset where reading began */
	uint64_t	 expect;	/* size of a regular file when opened */
	uint64_t	 got;		/* bytes handed to the parser */
	uint64_t	 limit;		/* refuse input beyond this */
	int		 err;		/* errno of a failed read */
	bool		 too_big;	/* input went past limit */
	bool		 eof;		/* read() said there was no more */
	bool		 finished;	/* input_finish() has judged */
	bool		 ok;		/* and this is what it said */
	const char	*mem;		/* memory input, or NULL */
	size_t		 memlen;
	size_t		 mempos;
	bool		 regular;	/* a regular file: pread() works */
	unsigned char	*win;		/* a pipe's last bytes read */
	size_t		 winlen;
	uint64_t	 winoff;	/* the offset of win[0] */
	struct poscount	*winpos;	/* and its position */
};

static void
poscount_init(struct poscount *pc)
{
	memset(pc, 0, sizeof(*pc));
	pc->line = 1;
	pc->col = 1;
}

static void
poscount_feed(struct poscount *pc, const unsigned char *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		unsigned char b = p[i];

		if (b == '\n') {
			if (pc->prev[0] != '\r') {
				pc->line++;
				pc->col = 1;
			}
		} else if (b == '\r') {
			pc->line++;
			pc->col = 1;
		} else if ((b & 0xc0) != 0x80) {
			pc->col++;
		} else if ((b == 0x85 && pc->prev[0] == 0xc2) ||
		    ((b == 0xa8 || b == 0xa9) && pc->prev[0] == 0x80 &&
		    pc->prev[1] == 0xe2)) {
			/* NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
			pc->line++;
			pc->col = 1;
		}
		pc->prev[1] = pc->prev[0];
		pc->prev[0] = b;
	}
}

static struct pos
poscount_pos(const struct poscount *pc)
{
	struct pos	 at;

	at.line = pc->line > UINT32_MAX ? UINT32_MAX : (uint32_t)pc->line;
	at.col = pc->col > UINT32_MAX ? UINT32_MAX : (uint32_t)pc->col;
	return at;
}

/* Skip a UTF-8 byte order mark, which libyaml does not count. */
static size_t
bom_length(const unsigned char *p, size_t n)
{
	return n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf ? 3 : 0;
}

static struct input *
input_new(const char *name)
{
	struct input	*in;

	if ((in = calloc(1, sizeof(*in))) == NULL)
		return NULL;
	if ((in->name = strdup(name)) == NULL) {
		free(in);
		return NULL;
	}
	in->fd = -1;
	in->limit = INPUT_MAX_BYTES;
	return in;
}

/*
 * A FIFO opened without blocking reads as empty until something writes
 * to it; give a writer started at the same time (a shell pipeline, a
 * test) a moment rather than fail at once or wait for ever.
 */
static bool
wait_for_writer(int fd)
{
	struct pollfd	 pfd;
	int		 n;

	pfd.fd = fd;
	pfd.events = POLLIN;
	do
		n = poll(&pfd, 1, INPUT_FIFO_WAIT * 1000);
	while (n == -1 && errno == EINTR);
	return n > 0;
}

struct input *
input_open(const char *path, uint64_t limit, struct diags *d)
{
	struct input	*in;
	struct stat	 st;
	bool		 std = strcmp(path, "-") == 0;
	int		 flags;

	if ((in = input_new(std ? "<stdin>" : path)) == NULL) {
		d->oom = true;
		return NULL;
	}
	in->limit = limit;
	if (std)
		in->fd = STDIN_FILENO;
	else {
		/*
		 * Non-blocking, so that a FIFO with no writer does not hang
		 * the open; reads block again below.
		 */
		in->fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY |
		    O_NONBLOCK);
		if (in->fd == -1) {
			diags_add(d, DIAG_ERROR, (struct pos){ 0, 0 },
			    "cannot open: %s", strerror(errno));
			goto fail;
		}
		in->close_fd = true;
	}
	if (fstat(in->fd, &st) == -1) {
		diags_add(d, DIAG_ERROR, (struct pos){ 0, 0 },
		    "cannot stat: %s", strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		diags_add(d, DIAG_ERROR, (struct pos){ 0, 0 },
		    "is a directory, not a catalogue file");
		goto fail;
	}
	if (!std && S_ISFIFO(st.st_mode) && !wait_for_writer(in->fd)) {
		diags_add(d, DIAG_ERROR, (struct pos){ 0, 0 },
		    "no data from this FIFO: nothing wrote to it within %d "
		    "seconds", INPUT_FIFO_WAIT);
		goto fail;
	}
	if (!std && (flags = fcntl(in->fd, F_GETFL)) != -1)
		fcntl(in->fd, F_SETFL, flags & ~O_NONBLOCK);
	if (S_ISREG(st.st_mode) &&
	    (in->start = lseek(in->fd, 0, SEEK_CUR)) != (off_t)-1) {
		in->regular = true;
		in->expect = (uint64_t)(st.st_size - in->start);
		if (in->expect > limit) {
			diags_add(d, DIAG_ERROR, (struct pos){ 0, 0 },
			    "file is larger than the limit of %llu bytes",
			    (unsigned long long)limit);
			goto fail;
		}
		return in;
	}
	in->win = malloc(INPUT_WINDOW);
	in->winpos = malloc(sizeof(*in->winpos));
	if (in->win == NULL || in->winpos == NULL) {
		d->oom = true;
		goto fail;
	}
	poscount_init(in->winpos);
	return in;
fail:
	input_close(in);
	return NULL;
}

struct input *
input_memory(const char *name, const void *buf, size_t len)
{
	struct input	*in;

	if ((in = input_new(name)) == NULL)
		return NULL;
	in->mem = buf;
	in->memlen = len;
	return in;
}

void
input_close(struct input *in)
{
	if (in == NULL)
		return;
	if (in->close_fd)
		close(in->fd);
	free(in->win);
	free(in->winpos);
	free(in->name);
	free(in);
}

const char *
input_name(const struct input *in)
{
	return in->name;
}

bool
input_contents(const struct input *in, const char **buf, size_t *len)
{
	if (in->mem == NULL)
		return false;
	*buf = in->mem;
	*len = in->memlen;
	return true;
}

/* Keep the n bytes just read from a pipe (n <= INPUT_WINDOW / 2). */
static void
window_add(struct input *in, const unsigned char *p, size_t n)
{
	size_t	 drop, skip;

	if (in->winlen + n > INPUT_WINDOW) {
		drop = in->winlen + n - INPUT_WINDOW / 2;
		skip = in->winoff == 0 ? bom_length(in->win, drop) : 0;
		poscount_feed(in->winpos, in->win + skip, drop - skip);
		memmove(in->win, in->win + drop, in->winlen - drop);
		in->winlen -= drop;
		in->winoff += drop;
	}
	memcpy(in->win + in->winlen, p, n);
	in->winlen += n;
}

size_t
input_read(struct input *in, void *buf, size_t n)
{
	ssize_t	 r;

	if (in->mem != NULL) {
		if (n > in->memlen - in->mempos)
			n = in->memlen - in->mempos;
		memcpy(buf, in->mem + in->mempos, n);
		in->mempos += n;
		return n;
	}
	if (in->err != 0 || in->too_big)
		return 0;
	if (!in->regular && n > INPUT_WINDOW / 2)
		n = INPUT_WINDOW / 2;
	for (;;) {
		r = read(in->fd, buf, n);
		if (r >= 0)
			break;
		if (errno != EINTR) {
			in->err = errno;
			return 0;
		}
	}
	if (r == 0)
		in->eof = true;
	in->got += (uint64_t)r;
	/*
	 * A file that grows past the size it had when opened is changing
	 * under us; stop early rather than read without end.
	 */
	if (in->got > in->limit || (in->regular && in->got > in->expect)) {
		in->too_big = true;
		return 0;
	}
	if (!in->regular)
		window_add(in, buf, (size_t)r);
	return (size_t)r;
}

bool
input_finish(struct input *in, struct diags *d)
{
	struct stat	 st;

	/* Judge once, report once: callers may ask again. */
	if (in->finished)
		return in->ok;
	in->finished = true;
	in->ok = false;
	if (in->mem != NULL) {
		in->ok = true;
	} else if (in->err != 0) {
		diags_add(d, DIAG_ERROR, (struct pos){ 0, 0 },
		    "read error: %s", strerror(in->err));
	} else if (!in->regular) {
		if (in->too_big)
			diags_add(d, DIAG_ERROR, (struct pos){ 0, 0 },
			    "input is larger than the limit of %llu bytes",
			    (unsigned long long)in->limit);
		else
			in->ok = true;
	} else if (in->too_big || (in->eof && (in->got != in->expect ||
	    (fstat(in->fd, &st) == 0 &&
	    (uint64_t)(st.st_size - in->start) != in->expect)))) {
		/*
		 * Grew past its size, or ended short of it.  (A parse that
		 * stopped at an error does not read to the end: no verdict.)
		 */
		diags_add(d, DIAG_ERROR, (struct pos){ 0, 0 },
		    "file changed size while being read "
		    "(%llu bytes when opened)",
		    (unsigned long long)in->expect);
	} else
		in->ok = true;
	return in->ok;
}

struct pos
input_pos_at(struct input *in, uint64_t off)
{
	struct poscount	 pc;
	unsigned char	 buf[INPUT_CHUNK];
	uint64_t	 done;
	size_t		 skip, want;
	ssize_t		 r;

	poscount_init(&pc);
	if (in->mem != NULL) {
		if (off > in->memlen)
			off = in->memlen;
		skip = bom_length((const unsigned char *)in->mem, (size_t)off);
		poscount_feed(&pc, (const unsigned char *)in->mem + skip,
		    (size_t)off - skip);
		return poscount_pos(&pc);
	}
	if (!in->regular) {
		/* A pipe: from the start of the window, if it is there. */
		pc = *in->winpos;
		if (off < in->winoff)
			return poscount_pos(&pc);
		if (off > in->winoff + in->winlen)
			off = in->winoff + in->winlen;
		skip = in->winoff == 0 ? bom_length(in->win,
		    (size_t)(off - in->winoff)) : 0;
		poscount_feed(&pc, in->win + skip,
		    (size_t)(off - in->winoff) - skip);
		return poscount_pos(&pc);
	}
	/* A regular file: read the prefix again, block by block. */
	for (done = 0; done < off; done += (uint64_t)r) {
		want = off - done < sizeof(buf) ? (size_t)(off - done) :
		    sizeof(buf);
		r = pread(in->fd, buf, want, in->start + (off_t)done);
		if (r <= 0)
			break;
		skip = done == 0 ? bom_length(buf, (size_t)r) : 0;
		poscount_feed(&pc, buf + skip, (size_t)r - skip);
	}
	return poscount_pos(&pc);
}
