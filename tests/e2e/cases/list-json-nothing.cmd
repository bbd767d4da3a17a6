$IOMPUBS list --format json --year 1999
