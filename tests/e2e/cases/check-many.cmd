# More than 100 problems: every one is listed, none dropped.
cd "$TMPDIR" && awk 'BEGIN { print "publications:"
	for (i = 1; i <= 150; i++)
		printf "- {title: T%d, year: 2015, isbn: [\"978-92-9068-466-5\"]}\n", i }' \
    > many.yaml && $IOMPUBS check many.yaml | sed -n '1p;$p;$='
