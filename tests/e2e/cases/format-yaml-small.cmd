$IOMPUBS --catalog catalogs/small.yaml list --format yaml; $IOMPUBS --catalog catalogs/control.yaml list --format yaml
