$IOMPUBS --catalog catalogs/escapes.yaml list --format jsonl --fields id,title,year,languages,abstract,notes | sed -n l
