$IOMPUBS --catalog catalogs/control.yaml list; $IOMPUBS --catalog catalogs/control.yaml list --format json | grep title; $IOMPUBS --catalog catalogs/control.yaml show x
