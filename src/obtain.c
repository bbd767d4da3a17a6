/*
 * obtain.c: how to get a publication.
 *
 * The sentences keep to what the catalogue prints.  It says that a
 * publication is "Available for PDF download" and that publications
 * are sold through the bookstore; it does not say that a PDF is free,
 * so neither do we.  A price is printed for a few records, not always
 * with "hardcopy", so it is given as the catalogue's price, and the form
 * is named only when the record names it.
 */
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "obtain.h"
#include "text.h"

static const char *const labels[OBTAIN__COUNT] = {
	[OBTAIN_DOWNLOAD] = "Download",
	[OBTAIN_ORDER] = "Order",
	[OBTAIN_WEB] = "Web page",
	[OBTAIN_UNSTATED] = "Get it",
};

void
obtain_of(struct obtain *ob, const struct pub *p,
    const struct catalog_info *info)
{
	static const struct strlist none;

	memset(ob, 0, sizeof(*ob));
	ob->pdf = (p->avail & AVAIL_PDF) != 0;
	ob->hardcopy = (p->avail & AVAIL_HARDCOPY) != 0;
	ob->price = str_present(p->price.currency) ? &p->price : NULL;
	ob->url = p->url;
	ob->currencies = ob->payment = &none;
	if (info != NULL) {
		ob->bookstore = info->ordering.bookstore;
		ob->email = info->ordering.email;
		ob->currencies = &info->ordering.currencies;
		ob->payment = &info->ordering.payment;
	}
}

size_t
obtain_ways(const struct obtain *ob, enum obtain_way *v)
{
	size_t	 n = 0;

	if (ob->pdf)
		v[n++] = OBTAIN_DOWNLOAD;
	if (ob->hardcopy || ob->price != NULL)
		v[n++] = OBTAIN_ORDER;
	if (str_present(ob->url))
		v[n++] = OBTAIN_WEB;
	if (!ob->pdf && !ob->hardcopy)
		v[n++] = OBTAIN_UNSTATED;
	return n;
}

const char *
obtain_label(enum obtain_way w)
{
	return w < OBTAIN__COUNT ? labels[w] : "";
}

static void
add_str(struct buf *b, struct str s)
{
	if (str_present(s))
		buf_add(b, s.ptr, s.len);
}

/* "a, b or c", the items of l. */
static void
add_alternatives(struct buf *b, const struct strlist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			buf_adds(b, i + 1 == l->n ? " or " : ", ");
		add_str(b, l->v[i]);
	}
}

/* Where to order: "by e-mail to X or from Y", or either alone. */
static bool
add_where(struct buf *b, struct str email, struct str bookstore)
{
	bool	 e = str_present(email) && email.len > 0;
	bool	 s = str_present(bookstore) && bookstore.len > 0;

	if (e) {
		buf_adds(b, "by e-mail to ");
		add_str(b, email);
	}
	if (s) {
		buf_adds(b, e ? " or from " : "from ");
		add_str(b, bookstore);
	}
	return e || s;
}

static void
add_payment(struct buf *b, const struct strlist *currencies,
    const struct strlist *payment)
{
	if (currencies->n == 0 && payment->n == 0)
		return;
	buf_adds(b, "; payment");
	if (currencies->n > 0) {
		buf_adds(b, " in ");
		add_alternatives(b, currencies);
	}
	if (payment->n > 0) {
		buf_adds(b, " by ");
		add_alternatives(b, payment);
	}
}

void
obtain_ordering(struct buf *b, const struct catalog_info *info)
{
	if (info == NULL)
		return;
	if (add_where(b, info->ordering.email, info->ordering.bookstore))
		add_payment(b, &info->ordering.currencies,
		    &info->ordering.payment);
}

static void
order_text(struct buf *b, const struct obtain *ob)
{
	if (ob->hardcopy)
		buf_adds(b, "printed copy");
	if (ob->price != NULL) {
		buf_adds(b, ob->hardcopy ? ", " : "");
		add_str(b, ob->price->amount);
		buf_adds(b, " ");
		add_str(b, ob->price->currency);
		if (!ob->hardcopy)
			buf_adds(b, " (the catalogue's price; the form is "
			    "not stated)");
	}
	if (str_present(ob->email) || str_present(ob->bookstore))
		buf_adds(b, "; ");
	if (add_where(b, ob->email, ob->bookstore))
		add_payment(b, ob->currencies, ob->payment);
}

void
obtain_text(struct buf *b, const struct obtain *ob, enum obtain_way w)
{
	switch (w) {
	case OBTAIN_DOWNLOAD:
		buf_adds(b, "PDF download");
		if (str_present(ob->bookstore) && ob->bookstore.len > 0) {
			buf_adds(b, " from the bookstore, ");
			add_str(b, ob->bookstore);
		}
		break;
	case OBTAIN_ORDER:
		order_text(b, ob);
		break;
	case OBTAIN_WEB:
		add_str(b, ob->url);
		break;
	case OBTAIN_UNSTATED:
		buf_adds(b, "availability not stated in the catalogue");
		if (str_present(ob->email) && ob->email.len > 0) {
			buf_adds(b, "; ask ");
			add_str(b, ob->email);
		}
		break;
	default:
		break;
	}
}
