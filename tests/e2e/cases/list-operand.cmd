$IOMPUBS list caring
