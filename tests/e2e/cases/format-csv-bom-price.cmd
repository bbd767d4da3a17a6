# --bom: a UTF-8 byte-order mark first; price: amount and currency.
"$IOMPUBS" list --format csv --bom --fields id,price --year 2008 | od -An -c | head -2
"$IOMPUBS" list --format csv --fields id,price --has price
"$IOMPUBS" list --format tsv --bom; echo "status $?"
