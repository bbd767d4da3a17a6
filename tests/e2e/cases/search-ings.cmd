$IOMPUBS search findings -n 1 | cut -f1; $IOMPUBS search meeting | cut -f1 | head -2
