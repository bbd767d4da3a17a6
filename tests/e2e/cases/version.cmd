$IOMPUBS --version | head -1
