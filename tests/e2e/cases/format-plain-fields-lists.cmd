$IOMPUBS --catalog catalogs/small.yaml list --fields id,languages,title,year; $IOMPUBS --catalog catalogs/check-digits.yaml list --fields isbn,eisbn,issn,id
