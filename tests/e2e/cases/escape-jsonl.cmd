$IOMPUBS --catalog catalogs/escapes.yaml list --format jsonl | sed -n l
