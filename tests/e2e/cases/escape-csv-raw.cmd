$IOMPUBS --catalog catalogs/escapes.yaml list --format csv --csv-raw --fields id,title,year,languages,abstract,notes | sed -n l
