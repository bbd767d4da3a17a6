$IOMPUBS list -e "!has isbn"
