$IOMPUBS list --reverse --limit 2
