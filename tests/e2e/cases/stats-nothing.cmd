$IOMPUBS stats --year 1999
