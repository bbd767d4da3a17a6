$IOMPUBS check -W catalogs/check-warnings.yaml
