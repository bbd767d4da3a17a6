$IOMPUBS list -e "(year = 2015 or year = 2016"
