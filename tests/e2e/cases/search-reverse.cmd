$IOMPUBS search caribbean -r | cut -f1
