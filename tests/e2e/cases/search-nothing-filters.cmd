$IOMPUBS search -l bs trafficking
