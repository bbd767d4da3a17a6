$IOMPUBS --catalog catalogs/long-title.yaml show handbok migrnt
