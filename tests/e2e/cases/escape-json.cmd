$IOMPUBS --catalog catalogs/escapes.yaml list --format json | sed -n l
