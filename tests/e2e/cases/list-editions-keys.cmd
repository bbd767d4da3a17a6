# Each edition's row keeps the record's id; the formats whose keys must
# be unique (bibtex, ris, csl-json) add "+edN".
for f in bibtex ris csl-json json plain; do echo "$f:"; "$IOMPUBS" list --editions -e 'edition.year = 2012 or pages = 28' --format $f | grep -e '^@' -e '^ID  -' -e '"id"' -e '^[a-z].*	'; done
