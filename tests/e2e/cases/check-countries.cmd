$IOMPUBS check catalogs/countries.yaml
