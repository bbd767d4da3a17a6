$IOMPUBS list > /dev/full
