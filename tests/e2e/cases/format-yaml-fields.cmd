$IOMPUBS list --format yaml --fields id
