$IOMPUBS check - < catalogs/check-warnings.yaml
