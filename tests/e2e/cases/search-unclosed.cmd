$IOMPUBS search "\"forced labour"
