for f in bibtex ris csl-json json yaml rec csv tsv plain full; do echo "== $f"; $IOMPUBS --catalog catalogs/list-escapes.yaml list --format $f | sed -n l; done
