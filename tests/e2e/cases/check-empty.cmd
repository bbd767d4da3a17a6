$IOMPUBS check catalogs/check-empty.yaml
