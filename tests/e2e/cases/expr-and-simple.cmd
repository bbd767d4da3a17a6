$IOMPUBS list -e "pages < 50" --year 2013 | cut -f1
