$IOMPUBS list --year 20x5
