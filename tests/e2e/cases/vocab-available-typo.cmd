$IOMPUBS list --available pfd
