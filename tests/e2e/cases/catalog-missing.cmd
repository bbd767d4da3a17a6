$IOMPUBS --catalog catalogs/nonexistent.yaml list
