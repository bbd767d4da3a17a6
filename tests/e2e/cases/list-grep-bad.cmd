$IOMPUBS list --grep "("
