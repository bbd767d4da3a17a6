$IOMPUBS search Caribbean -n 2
