$IOMPUBS search re-trafficking; $IOMPUBS search retrafficking
