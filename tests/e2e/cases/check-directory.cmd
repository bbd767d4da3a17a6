$IOMPUBS check catalogs
