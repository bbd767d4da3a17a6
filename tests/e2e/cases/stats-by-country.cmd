$IOMPUBS stats --by country --country Caribbean; $IOMPUBS stats --by country | tail -3
