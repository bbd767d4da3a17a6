$IOMPUBS list --limit -1
