$IOMPUBS stats --help
