$IOMPUBS check catalogs/check-clean.yaml catalogs/check-faults.yaml
