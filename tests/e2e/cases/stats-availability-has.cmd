$IOMPUBS stats --by availability --has isbn
