$IOMPUBS search zzzyzx
