/*
 * wordlist.c: looking words up in the system's word lists.
 *
 * Each list is read whole and nothing of it is kept: the few words asked
 * for are compared with each line.  Most lines are turned away by their
 * first letter and their length before any folding, so that reading the
 * four lists costs little more than reading 7 MB.
 */
#include <sys/stat.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fold.h"
#include "wordlist.h"

/* A word asked for, and the singulars it may be the plural of. */
struct asked {
	const char	*w;
	size_t		 len;
	size_t		 minlen, maxlen;	/* of a line that may match */
	bool		*known;
};

/*
 * What a line may start with, folded: for each character of two bytes
 * (U+0080 to U+07FF: "É", "ñ"), its first byte once folded, found by
 * fold() the first time it is seen (0: not yet).  Lines that start with
 * an accent are many in French.
 */
struct firsts {
	unsigned char	 c[32 * 64];
};

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The first byte of line, folded; 0x80 when it cannot be told. */
static unsigned char
first_byte(struct firsts *fs, struct foldbuf *fb, const char *line,
    size_t len)
{
	unsigned char	 a = (unsigned char)line[0], b;
	struct str	 f;
	size_t		 i;

	if (a < 0x80)
		return (unsigned char)lower(a);
	if (len < 2 || (a & 0xe0) != 0xc0 ||
	    ((b = (unsigned char)line[1]) & 0xc0) != 0x80)
		return 0x80;
	i = (size_t)(a & 0x1f) << 6 | (b & 0x3f);
	if (fs->c[i] == 0) {
		f = fold(fb, line, 2);
		fs->c[i] = f.ptr != NULL && f.len > 0 ?
		    (unsigned char)f.ptr[0] : 0x80;
	}
	return fs->c[i];
}

/*
 * The line is the first alen bytes of the word: is it the word, or the
 * word without "s" or "es"?
 */
static bool
same_word(const struct asked *k, size_t alen)
{
	if (alen == k->len)
		return true;
	if (k->w[k->len - 1] != 's' || alen < 3)
		return false;
	return alen == k->len - 1 ||
	    (alen == k->len - 2 && k->w[k->len - 2] == 'e');
}

/*
 * Compare one line of a list with the words not yet known.  Turning a
 * line away by its first byte and its length is all that most lines
 * cost: the lists are 850,000 lines.
 */
static bool
check_line(struct asked *k, size_t n, struct firsts *fs, struct foldbuf *fb,
    const char *line, size_t len, size_t *left)
{
	struct str	 f;
	size_t		 i, j;
	bool		 maybe = false;
	unsigned char	 c = 0;

	for (i = 0; i < n && !maybe; i++) {
		if (*k[i].known || len < k[i].minlen || len > k[i].maxlen)
			continue;
		if (c == 0)
			c = first_byte(fs, fb, line, len);
		if (c < 0x80 && c != (unsigned char)k[i].w[0])
			continue;
		/* Up to its first accent, the line must be the word. */
		for (j = 0; j < len && j < k[i].len &&
		    (unsigned char)line[j] < 0x80 &&
		    lower((unsigned char)line[j]) == k[i].w[j]; j++)
			;
		maybe = j == len || (unsigned char)line[j] >= 0x80;
	}
	if (!maybe)
		return true;
	for (i = 0; i < len && (unsigned char)line[i] < 0x80; i++)
		;
	if (i < len) {
		/* Accents: compare the folded line. */
		if ((f = fold(fb, line, len)).ptr == NULL)
			return false;
		line = f.ptr;
		len = f.len;
	}
	for (i = 0; i < n; i++) {
		if (*k[i].known || len > k[i].len)
			continue;
		for (j = 0; j < len && lower((unsigned char)line[j]) ==
		    k[i].w[j]; j++)
			;
		if (j == len && same_word(&k[i], len)) {
			*k[i].known = true;
			(*left)--;
		}
	}
	return true;
}

/* Read one list, whole, and look at its lines; false only on OOM. */
static bool
read_list(const char *path, size_t pathlen, struct asked *k, size_t n,
    struct firsts *fs, struct foldbuf *fb, size_t *left)
{
	char		 name[4096];
	char		*text = NULL, *p, *end, *nl;
	struct stat	 st;
	ssize_t		 got;
	size_t		 size = 0;
	int		 fd;
	bool		 ok = true;

	if (pathlen == 0 || pathlen >= sizeof(name))
		return true;
	memcpy(name, path, pathlen);
	name[pathlen] = '\0';
	if ((fd = open(name, O_RDONLY)) == -1)
		return true;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    st.st_size <= 0 || (uintmax_t)st.st_size >= SIZE_MAX) {
		close(fd);
		return true;
	}
	if ((text = malloc((size_t)st.st_size + 1)) == NULL) {
		close(fd);
		return false;
	}
	while (size < (size_t)st.st_size && (got = read(fd, text + size,
	    (size_t)st.st_size - size)) > 0)
		size += (size_t)got;
	close(fd);
	text[size] = '\n';
	for (p = text, end = text + size; ok && *left > 0 && p < end;
	    p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p) + 1);
		if (nl > p)
			ok = check_line(k, n, fs, fb, p, (size_t)(nl - p -
			    (nl[-1] == '\r')), left);
	}
	free(text);
	return ok;
}

bool
wordlist_known(const char *const *w, size_t n, const char *paths,
    bool *known)
{
	struct asked	*k;
	struct firsts	*fs;
	struct foldbuf	 fb = { NULL, 0 };
	const char	*p, *e;
	size_t		 i, left = n;
	bool		 ok = true;

	if (n == 0)
		return true;
	if ((k = calloc(n, sizeof(*k))) == NULL)
		return false;
	if ((fs = calloc(1, sizeof(*fs))) == NULL) {
		free(k);
		return false;
	}
	for (i = 0; i < n; i++) {
		known[i] = false;
		k[i].w = w[i];
		k[i].len = strlen(w[i]);
		k[i].known = &known[i];
		/*
		 * A singular without "es"; an accent adds a byte, and few
		 * words have more than four.
		 */
		k[i].minlen = k[i].len > 2 ? k[i].len - 2 : 1;
		k[i].maxlen = k[i].len + 4;
	}
	if (paths == NULL)
		paths = WORDLIST_DEFAULT;
	for (p = paths; ok && left > 0 && *p != '\0'; p = *e == ':' ? e + 1 :
	    e) {
		if ((e = strchr(p, ':')) == NULL)
			e = p + strlen(p);
		ok = read_list(p, (size_t)(e - p), k, n, fs, &fb, &left);
	}
	fold_free(&fb);
	free(fs);
	free(k);
	return ok;
}
