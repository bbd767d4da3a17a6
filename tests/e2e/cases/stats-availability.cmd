$IOMPUBS stats -b availability
