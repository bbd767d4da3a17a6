$IOMPUBS check --help
