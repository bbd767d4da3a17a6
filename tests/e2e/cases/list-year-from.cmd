$IOMPUBS list -y 2017..
