$IOMPUBS --catalog catalogs/control.yaml list --format csv
