$IOMPUBS list --has price --format tsv --fields id,year,pages,languages,price; $IOMPUBS list --has editions --format tsv --fields editions,id
