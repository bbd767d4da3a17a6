"$IOMPUBS" list --format cite --style mla; echo "status $?"
"$IOMPUBS" list --format json --style apa; echo "status $?"
