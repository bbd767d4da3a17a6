$IOMPUBS list --title ETAT
