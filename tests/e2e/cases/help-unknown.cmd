$IOMPUBS help lsit
