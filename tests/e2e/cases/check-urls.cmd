$IOMPUBS check catalogs/check-urls.yaml
