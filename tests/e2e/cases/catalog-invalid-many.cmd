$IOMPUBS --catalog catalogs/invalid-many.yaml list
