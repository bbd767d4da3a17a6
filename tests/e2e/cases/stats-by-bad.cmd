$IOMPUBS stats --by langauge
