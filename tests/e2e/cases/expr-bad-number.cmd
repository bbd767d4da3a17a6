$IOMPUBS list -e "year >= two"
