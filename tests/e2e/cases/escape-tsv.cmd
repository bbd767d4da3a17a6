$IOMPUBS --catalog catalogs/escapes.yaml list --format tsv | sed -n l
