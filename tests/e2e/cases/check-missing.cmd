$IOMPUBS check catalogs/nonexistent.yaml
