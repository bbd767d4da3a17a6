$IOMPUBS list --year
