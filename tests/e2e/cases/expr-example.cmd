$IOMPUBS list -e 'year >= 2010 and (language = fr or language = es) and title ~ "traffick"'
