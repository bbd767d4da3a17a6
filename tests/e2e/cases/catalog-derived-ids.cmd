$IOMPUBS --catalog catalogs/no-ids.yaml list
