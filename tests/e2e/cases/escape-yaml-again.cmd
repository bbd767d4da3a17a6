$IOMPUBS --catalog catalogs/escapes.yaml list --format yaml | $IOMPUBS --catalog - list --format yaml | sed -n l
