$IOMPUBS list --grep "fisher(s|men)"
