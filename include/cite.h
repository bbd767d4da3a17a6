/*
 * cite.h: a publication as a reference.
 *
 * The citation formats (bibtex, ris, csl-json, cite) all need the same
 * facts, some of which the record does not hold: the catalogue names no
 * authors, so the author is the publisher, a corporate body (IOM); the
 * place of publication is the city of the publisher's address; the kind
 * of work follows from the record (an ISBN makes it a book, anything
 * else is a report).  cite_of() works these out once, so that every
 * format says the same thing; cite_reference() writes the formatted
 * reference of `--format cite`, in the APA or Chicago author-date style
 * as the CSL styles of those names render it.  The transcription notes
 * are never part of a reference.
 */
#ifndef IOMPUBS_CITE_H
#define IOMPUBS_CITE_H

#include <stddef.h>

#include "buf.h"
#include "catalog.h"
#include "text.h"

enum cite_type {
	CITE_BOOK,		/* has an ISBN or E-ISBN */
	CITE_REPORT		/* anything else: reports, manuals, guides */
};

enum cite_style {
	CITE_APA,		/* APA, 7th edition */
	CITE_CHICAGO,		/* Chicago author-date, 17th edition */
	CITE__STYLES
};

struct cite {
	const struct pub *pub;
	enum cite_type	 type;
	struct str	 author;	/* corporate; absent if unknown */
	struct str	 publisher;	/* the same body */
	struct str	 place;		/* "Geneva"; absent if unknown */
	const char	*lang;		/* ISO 639-1 of the first language */
	bool		 oom;		/* the language could not be looked up */
};

void		 cite_of(struct cite *, const struct pub *,
		    const struct catalog_info *);

/* "apa", "chicago"; -1 if unknown. */
int		 cite_style_lookup(const char *);
const char	*cite_style_name(enum cite_style);

/*
 * The formatted reference of c in style st, one line appended to b, with
 * where the title (set in italics) starts and ends in *italic, as offsets
 * into b.  Curly quotes and dashes are those the styles produce.
 */
void		 cite_reference(struct buf *b, const struct cite *c,
		    enum cite_style st, struct mark *italic);

/* The name a corporate author or publisher goes by: "(IOM)" dropped. */
struct str	 cite_body_name(struct str publisher);

#endif
