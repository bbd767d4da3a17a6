"$IOMPUBS" show --format csl-json 978-92-9068-466-4 | sed 's/\(abstract": ".\{40\}\).*/\1.../'
"$IOMPUBS" list --year 1990 --format csl-json
