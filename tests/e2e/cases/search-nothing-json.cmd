$IOMPUBS search zzzyzx --format json
