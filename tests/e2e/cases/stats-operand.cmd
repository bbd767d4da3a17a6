$IOMPUBS stats language
