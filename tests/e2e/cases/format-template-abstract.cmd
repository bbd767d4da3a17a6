$IOMPUBS list --year 2008 --template "{id}: {abstract}" | cut -c1-80
