$IOMPUBS show
