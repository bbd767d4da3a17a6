$IOMPUBS list -e "has \"abc"
