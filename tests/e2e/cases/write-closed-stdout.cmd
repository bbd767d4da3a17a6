$IOMPUBS list >&-
