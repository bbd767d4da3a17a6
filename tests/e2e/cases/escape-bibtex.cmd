$IOMPUBS --catalog catalogs/escapes.yaml list --format bibtex | sed -n l
