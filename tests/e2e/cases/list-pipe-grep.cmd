$IOMPUBS list | grep -i caribbean
