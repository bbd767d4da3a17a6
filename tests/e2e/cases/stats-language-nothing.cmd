$IOMPUBS stats --by language --title zzzz
