$IOMPUBS stats --by languages -y 2018; $IOMPUBS stats --by Decades -y 2018; $IOMPUBS stats --by lang
