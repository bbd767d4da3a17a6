$IOMPUBS check catalogs/check-schema.yaml
