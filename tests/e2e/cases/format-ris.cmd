$IOMPUBS show --format ris trafficking-of-men-belarus-ukraine-2008 | od -c | sed -n 1,6p; $IOMPUBS show --format ris caring-for-trafficked-persons-2009 | tr -d "\r"
