IOMPUBS_CATALOG=catalogs/small.yaml $IOMPUBS list
