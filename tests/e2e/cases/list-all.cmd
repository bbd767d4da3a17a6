$IOMPUBS list
