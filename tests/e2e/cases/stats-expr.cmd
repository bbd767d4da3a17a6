$IOMPUBS stats --by year -e "year >= 2014 and language = en"
