$IOMPUBS --catalog catalogs/small.yaml list --format rec; $IOMPUBS --catalog catalogs/control.yaml list --format rec --fields id,abstract
