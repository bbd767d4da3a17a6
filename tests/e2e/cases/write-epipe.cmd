{ $IOMPUBS list --format json; echo "status=$?" >&2; } | head -c 10; echo
