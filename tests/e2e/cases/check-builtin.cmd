$IOMPUBS check
