$IOMPUBS stats --by language
