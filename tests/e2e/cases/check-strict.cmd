$IOMPUBS check --strict catalogs/check-warnings.yaml
