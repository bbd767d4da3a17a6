$IOMPUBS check catalogs/check-languages.yaml; echo "status $?"
