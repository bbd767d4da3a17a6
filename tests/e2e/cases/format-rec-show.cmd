$IOMPUBS show --format rec caring-for-trafficked-persons-2009
