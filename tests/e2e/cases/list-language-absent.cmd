$IOMPUBS list --language de
