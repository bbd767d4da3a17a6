$IOMPUBS list -e "not has isbn and year > 2016" --format template --template "{id}" 2>/dev/null || $IOMPUBS list -e "not has isbn and year > 2016" | cut -f1
