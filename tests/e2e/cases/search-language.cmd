$IOMPUBS search a manual for health providers in Spanish -n 1; $IOMPUBS search armenian -n 1
