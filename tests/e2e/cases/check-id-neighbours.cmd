$IOMPUBS check catalogs/check-id-neighbours.yaml
