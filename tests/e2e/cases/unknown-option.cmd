$IOMPUBS list --yaer 2015
