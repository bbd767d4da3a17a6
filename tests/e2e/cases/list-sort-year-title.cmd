$IOMPUBS list --sort year,title --limit 5
