for f in json yaml csv tsv plain jsonl; do echo "== $f"; $IOMPUBS --catalog catalogs/small.yaml list --year 1999 --format $f; echo "status $?"; done
