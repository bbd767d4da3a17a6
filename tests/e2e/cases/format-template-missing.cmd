$IOMPUBS list --format template
