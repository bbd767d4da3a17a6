$IOMPUBS --catalog catalogs/check-faults.yaml list --format template --template "{id}"
