/*
 * diag.c: the diagnostic list.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "text.h"

/* Room for a file name of 4096 bytes, each escaped as "\xNN". */
#define DIAG_FILE_MAX	(4 * 4096 + 8)

#define DIAGS_DEFAULT_MAX	100

void
diags_init(struct diags *d, const char *file)
{
	memset(d, 0, sizeof(*d));
	d->file = file;
	d->max = DIAGS_DEFAULT_MAX;
}

void
diags_free(struct diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		free(d->v[i].msg);
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}

void
diags_clear(struct diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		free(d->v[i].msg);
	d->n = 0;
	d->nerrors = 0;
	d->truncated = false;
}

void
diags_add(struct diags *d, enum diag_level level, struct pos at,
    const char *fmt, ...)
{
	struct diag	*v;
	va_list		 ap;
	char		*msg;
	int		 len;

	if (level == DIAG_ERROR)
		d->nerrors++;
	if (d->n >= d->max) {
		d->truncated = true;
		return;
	}
	if (d->n == d->cap) {
		size_t ncap = d->cap ? d->cap * 2 : 8;
		if ((v = realloc(d->v, ncap * sizeof(*v))) == NULL) {
			d->oom = true;
			return;
		}
		d->v = v;
		d->cap = ncap;
	}
	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len < 0 || (msg = malloc((size_t)len + 1)) == NULL) {
		d->oom = true;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(msg, (size_t)len + 1, fmt, ap);
	va_end(ap);
	d->v[d->n].level = level;
	d->v[d->n].at = at;
	d->v[d->n].msg = msg;
	d->n++;
}

void
diags_merge(struct diags *dst, struct diags *src)
{
	size_t	 i, kept_errors = 0;

	for (i = 0; i < src->n; i++) {
		diags_add(dst, src->v[i].level, src->v[i].at, "%s",
		    src->v[i].msg);
		kept_errors += src->v[i].level == DIAG_ERROR;
	}
	/* Errors src had to drop still count, and still show as dropped. */
	dst->nerrors += src->nerrors - kept_errors;
	dst->truncated |= src->truncated;
	dst->oom |= src->oom;
	diags_free(src);
	src->nerrors = 0;
	src->truncated = src->oom = false;
}

void
diags_sort(struct diags *d)
{
	struct diag	 g;
	size_t		 i, j;

	/* Insertion sort: stable, and the list is short and nearly sorted. */
	for (i = 1; i < d->n; i++) {
		g = d->v[i];
		for (j = i; j > 0 && (d->v[j - 1].at.line > g.at.line ||
		    (d->v[j - 1].at.line == g.at.line &&
		    d->v[j - 1].at.col > g.at.col)); j--)
			d->v[j] = d->v[j - 1];
		d->v[j] = g;
	}
}

bool
diags_failed(const struct diags *d)
{
	return d->nerrors > 0 || d->oom;
}

void
diags_print(const struct diags *d, FILE *fp, const char *prog,
    bool show_level)
{
	const struct diag	*g;
	const char		*level;
	char			 file[DIAG_FILE_MAX];
	size_t			 i;

	/* A newline or an escape in a file name must not forge a line. */
	if (d->file != NULL)
		text_quote(file, sizeof(file), d->file, strlen(d->file),
		    SIZE_MAX);
	for (i = 0; i < d->n; i++) {
		g = &d->v[i];
		if (prog != NULL)
			fprintf(fp, "%s: ", prog);
		if (d->file != NULL) {
			if (g->at.line > 0)
				fprintf(fp, "%s:%lu:%lu: ", file,
				    (unsigned long)g->at.line,
				    (unsigned long)g->at.col);
			else
				fprintf(fp, "%s: ", file);
		}
		level = g->level == DIAG_WARNING ? "warning" : "error";
		if (show_level || g->level == DIAG_WARNING)
			fprintf(fp, "%s: ", level);
		fprintf(fp, "%s\n", g->msg);
	}
	if (d->truncated) {
		if (prog != NULL)
			fprintf(fp, "%s: ", prog);
		fprintf(fp, "%s: too many problems; only the first %zu "
		    "are shown\n", d->file != NULL ? file : "input",
		    d->n);
	}
}
