$IOMPUBS list --sort year --year 2013
