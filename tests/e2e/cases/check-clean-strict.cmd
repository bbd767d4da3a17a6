$IOMPUBS check --strict catalogs/check-clean.yaml
