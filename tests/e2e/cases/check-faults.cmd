$IOMPUBS check catalogs/check-faults.yaml
