$IOMPUBS --catalog catalogs/escapes.yaml list --format csv --csv-raw | sed -n l
