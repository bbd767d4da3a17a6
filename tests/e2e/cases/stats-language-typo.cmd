$IOMPUBS stats -l Spansh
