$IOMPUBS list -e "title : \"日本語\" and yaer = 1"
