$IOMPUBS --catalog catalogs/escapes.yaml list --format ris | sed -n l
