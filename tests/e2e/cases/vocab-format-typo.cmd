$IOMPUBS list -f jsn 2>&1 | sed 's/ Formats are .*//'
