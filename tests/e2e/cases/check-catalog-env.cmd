IOMPUBS_CATALOG=catalogs/check-warnings.yaml $IOMPUBS check
