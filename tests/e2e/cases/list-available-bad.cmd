$IOMPUBS list --available online
