$IOMPUBS --catalog catalogs/syntax.yaml show x
