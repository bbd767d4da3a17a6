$IOMPUBS list --format tsv --csv-raw
