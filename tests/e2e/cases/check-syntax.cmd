$IOMPUBS check catalogs/check-syntax.yaml
