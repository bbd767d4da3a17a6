$IOMPUBS list --year 2009 --format csv --fields id,title,languages,price,editions
