$IOMPUBS check --strickt catalogs/check-clean.yaml
