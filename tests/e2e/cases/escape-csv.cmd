$IOMPUBS --catalog catalogs/escapes.yaml list --format csv | sed -n l
