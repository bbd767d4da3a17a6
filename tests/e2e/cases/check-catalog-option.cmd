$IOMPUBS --catalog catalogs/check-warnings.yaml check
