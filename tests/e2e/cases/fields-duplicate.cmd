# A field given twice, by any of its names, is refused: json would get
# the key twice and rec the field twice.
$IOMPUBS list --fields id,title,id; echo "status $?"
$IOMPUBS list --fields 'year, language, languages' --format json; echo "status $?"
