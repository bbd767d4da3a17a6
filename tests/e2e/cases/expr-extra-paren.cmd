$IOMPUBS list -e "year = 2015)"
