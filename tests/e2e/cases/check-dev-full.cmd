$IOMPUBS check catalogs/check-faults.yaml > /dev/full
