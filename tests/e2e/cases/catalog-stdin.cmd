cat ../../data/catalog.yaml | $IOMPUBS --catalog - list --year 2015 | wc -l
