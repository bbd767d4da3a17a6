$IOMPUBS list --language es
