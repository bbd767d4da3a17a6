$IOMPUBS --catalog catalogs/escapes.yaml list --format rec --fields id,title,year,languages,abstract,notes | sed -n l
