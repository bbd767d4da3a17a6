$IOMPUBS list -e "title caring"
