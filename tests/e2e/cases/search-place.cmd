$IOMPUBS search ghana -n 1; $IOMPUBS search viet nam -n 1; $IOMPUBS search typhoon -n 1
