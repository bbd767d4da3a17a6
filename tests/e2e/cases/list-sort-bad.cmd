$IOMPUBS list --sort yaer
