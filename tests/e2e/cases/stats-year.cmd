$IOMPUBS stats
