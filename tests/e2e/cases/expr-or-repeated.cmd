$IOMPUBS list -e "year = 2008" -e "year = 2018" | cut -f1
