$IOMPUBS --catalog catalogs/escapes.yaml list --format csv --fields id,title,year,languages,abstract,notes | sed -n l
