$IOMPUBS stats --by language --year 2010..
