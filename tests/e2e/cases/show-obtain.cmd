# How to get it: a PDF, a printed copy, a price without availability.
for id in trafficking-of-men-belarus-ukraine-2008 \
    caring-for-trafficked-persons-2009 rights-residence-rehabilitation-2010; do
	"$IOMPUBS" show "$id" | sed -n '/^\(Download\|Order\|Web page\|Get it\):/p'
done
