$IOMPUBS list -e ""
