$IOMPUBS --catalog catalogs/escapes.yaml list --format tsv --fields id,title,year,languages,abstract,notes | sed -n l
