$IOMPUBS show --first caring | grep "^Id:"
