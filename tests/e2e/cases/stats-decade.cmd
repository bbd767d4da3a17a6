$IOMPUBS stats --by decade
