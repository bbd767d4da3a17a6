$IOMPUBS list --available hardcopy
