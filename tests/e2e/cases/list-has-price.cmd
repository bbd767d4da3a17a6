$IOMPUBS list --has price
