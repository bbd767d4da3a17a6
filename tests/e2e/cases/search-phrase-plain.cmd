$IOMPUBS search "\"forced labour\"" | cut -f1
