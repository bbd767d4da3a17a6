$IOMPUBS search caribbean --sort year
