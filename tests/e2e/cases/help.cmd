$IOMPUBS --help
