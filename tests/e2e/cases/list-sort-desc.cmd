$IOMPUBS list --sort -pages --limit 3; $IOMPUBS list --sort pages:desc --limit 3
