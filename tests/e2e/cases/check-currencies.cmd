$IOMPUBS check catalogs/check-currencies.yaml
