$IOMPUBS list --has issn --has eisbn
