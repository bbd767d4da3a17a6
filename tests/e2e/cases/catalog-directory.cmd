$IOMPUBS --catalog catalogs list
