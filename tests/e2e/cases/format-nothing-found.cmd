# Nothing found: each format still writes what a reader of it expects
# (an empty array, a header row, the page), and the status is 1.
for f in plain table full json jsonl tsv csv yaml rec bibtex ris csl-json cite; do echo "== $f"; $IOMPUBS --catalog catalogs/full.yaml list --format $f --year 1900; echo "status $?"; done
echo "== template"; $IOMPUBS --catalog catalogs/full.yaml list --template '{id}' --year 1900; echo "status $?"
echo "== csv --bom"; $IOMPUBS --catalog catalogs/full.yaml list --format csv --bom --year 1900 | od -c | sed -n 1p
