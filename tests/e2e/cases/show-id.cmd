$IOMPUBS show caring-for-trafficked-persons-2009
