$IOMPUBS list -f jsn
