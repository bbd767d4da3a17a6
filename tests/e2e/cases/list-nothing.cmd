$IOMPUBS list --year 1999
