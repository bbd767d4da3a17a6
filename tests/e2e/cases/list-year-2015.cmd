$IOMPUBS list --year 2015
