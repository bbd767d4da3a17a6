$IOMPUBS list --sort 'year, title' --fields 'id, year' -n 3
