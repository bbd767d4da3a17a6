$IOMPUBS list --year 2008 --year 2018
