$IOMPUBS list --year 2015 --format jsonl --fields id,year,languages; $IOMPUBS --catalog catalogs/control.yaml list --format jsonl
