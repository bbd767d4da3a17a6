"$IOMPUBS" about
