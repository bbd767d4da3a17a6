$IOMPUBS check catalogs/check-clean.yaml
