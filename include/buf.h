/*
 * buf.h: a growable byte buffer for building text before it is written.
 *
 * An allocation failure is remembered (buf.oom) rather than returned
 * from every append, so that callers build a whole string and check once.
 */
#ifndef IOMPUBS_BUF_H
#define IOMPUBS_BUF_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "text.h"

struct buf {
	char		*p;		/* NUL-terminated while not oom */
	size_t		 len;
	size_t		 cap;
	bool		 oom;
};

void		 buf_add(struct buf *, const char *, size_t);
void		 buf_adds(struct buf *, const char *);
void		 buf_printf(struct buf *, const char *, ...) DIAG_PRINTF(2, 3);
void		 buf_reset(struct buf *);
void		 buf_free(struct buf *);
struct str	 buf_str(const struct buf *);

#endif
