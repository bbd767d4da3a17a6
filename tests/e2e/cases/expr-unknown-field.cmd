$IOMPUBS list -e "year >= 2010 and yaer = 3"
