$IOMPUBS list --format xml
