$IOMPUBS list --year ..2009
