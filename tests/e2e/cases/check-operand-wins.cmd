IOMPUBS_CATALOG=catalogs/check-faults.yaml $IOMPUBS --catalog catalogs/check-warnings.yaml check catalogs/check-clean.yaml
