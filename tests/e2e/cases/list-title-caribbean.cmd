$IOMPUBS list --title caribbean
