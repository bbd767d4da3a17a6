$IOMPUBS check catalogs/check-digits.yaml; echo "status $?"; $IOMPUBS check catalogs/check-digits-wrong.yaml; echo "status $?"
