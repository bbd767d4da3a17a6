IOMPUBS_CATALOG=/nonexistent $IOMPUBS list --catalog catalogs/small.yaml
