$IOMPUBS list -x
