$IOMPUBS show 1607-338x | head -2
