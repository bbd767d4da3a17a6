$IOMPUBS list --format table --year 2012
