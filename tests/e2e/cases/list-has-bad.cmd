$IOMPUBS list --has isbm
