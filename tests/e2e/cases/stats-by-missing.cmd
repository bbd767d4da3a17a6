$IOMPUBS stats --by
