$IOMPUBS list -f JSON --fields id -y 2018
