IOMPUBS_CATALOG= $IOMPUBS list -y 2018 --fields id
