$IOMPUBS list --year 2015..2010
