$IOMPUBS search typhoon --format json | head -4
