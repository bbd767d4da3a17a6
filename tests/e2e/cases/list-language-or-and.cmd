$IOMPUBS list --language fr --language ar --year 2015
