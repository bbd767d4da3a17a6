$IOMPUBS list -e "title ="
