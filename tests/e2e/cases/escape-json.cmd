$IOMPUBS --catalog catalogs/escapes.yaml list --format json --fields id,title,year,languages,abstract,notes | sed -n l
