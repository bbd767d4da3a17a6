$IOMPUBS list --language Spansh
