# A row an edition: 39 records, one with four editions, make 42 rows.
"$IOMPUBS" list --editions | wc -l
"$IOMPUBS" list --editions --year 2009..2012 -l es -l ar -l zh --format tsv --fields id,year,pages,languages,isbn
"$IOMPUBS" list --editions --sort -year --limit 3 | cut -f1-4
"$IOMPUBS" list --editions -e 'edition.year = 2012' --format bibtex | grep -e '^@' -e year -e isbn
"$IOMPUBS" list --editions --format yaml; echo "status $?"
