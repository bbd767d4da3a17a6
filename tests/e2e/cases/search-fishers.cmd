$IOMPUBS search fishers
