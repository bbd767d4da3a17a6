/*
 * obtain.h: how to get a publication, from what the catalogue says.
 *
 * The catalogue's header says where its publications are sold (the
 * online bookstore), how to order them (an e-mail address, currencies,
 * means of payment); each record says how it is available (pdf,
 * hardcopy), may print a price and may give its own url.  obtain_of()
 * gathers these facts for one record; obtain_ways() lists what a reader
 * can do with them, and obtain_text() says each in a sentence.  show
 * ends with these sentences; browse and html build on the same facts.
 * Nothing here is invented: what the catalogue does not say is said to
 * be unstated.
 */
#ifndef IOMPUBS_OBTAIN_H
#define IOMPUBS_OBTAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "catalog.h"
#include "text.h"

/* What a reader can do, in the order show lists them. */
enum obtain_way {
	OBTAIN_DOWNLOAD,	/* a PDF from the bookstore */
	OBTAIN_ORDER,		/* a printed copy, or a priced one, ordered */
	OBTAIN_WEB,		/* the record's own url */
	OBTAIN_UNSTATED,	/* the record says nothing of availability */
	OBTAIN__COUNT
};

struct obtain {
	bool		 pdf;		/* availability has pdf */
	bool		 hardcopy;	/* availability has hardcopy */
	const struct price *price;	/* NULL when none is printed */
	struct str	 url;		/* the record's url, if any */
	struct str	 bookstore;	/* the header's, if any */
	struct str	 email;		/* the ordering e-mail, if any */
	const struct strlist *currencies; /* accepted; n == 0: unstated */
	const struct strlist *payment;	/* means of payment, likewise */
};

/* The facts for p; info may be NULL (a catalogue without a header). */
void		 obtain_of(struct obtain *, const struct pub *p,
		    const struct catalog_info *info);

/* The ways that apply, in order, into v (OBTAIN__COUNT); returns how many. */
size_t		 obtain_ways(const struct obtain *, enum obtain_way *v);

/* A short label for a way: "Download", "Order", "Web page", "Get it". */
const char	*obtain_label(enum obtain_way);

/*
 * The way said in a phrase, for after its label, appended to b: "PDF
 * from the IOM bookstore, http://publications.iom.int/bookstore" (no
 * full stop, which would stick to a url).
 */
void		 obtain_text(struct buf *b, const struct obtain *,
		    enum obtain_way);

/*
 * How to order from the catalogue at all, appended to b: "by e-mail to
 * pubsales@iom.int or from http://...; payment in CHF, EUR or USD by
 * credit card, check or bank transfer".  Nothing when the header says
 * nothing.  For about and for the order sentence.
 */
void		 obtain_ordering(struct buf *b, const struct catalog_info *);

#endif
