$IOMPUBS list --year 2010..2011
