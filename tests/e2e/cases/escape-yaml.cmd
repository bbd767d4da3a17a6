$IOMPUBS --catalog catalogs/escapes.yaml list --format yaml | sed -n l
