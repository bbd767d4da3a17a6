$IOMPUBS list --reverse=x; $IOMPUBS list --f json; $IOMPUBS list --no-pager=1; true
