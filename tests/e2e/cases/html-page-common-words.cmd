$IOMPUBS --catalog catalogs/common-words.yaml list --format html | grep '^<h2'
