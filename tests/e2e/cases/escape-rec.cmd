$IOMPUBS --catalog catalogs/escapes.yaml list --format rec | sed -n l
