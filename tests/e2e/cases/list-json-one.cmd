$IOMPUBS list --format json --has eisbn
