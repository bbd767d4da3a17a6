$IOMPUBS list --year 2015 --template '{year}\t{id}: {languages} {{{pages}}}'; $IOMPUBS --catalog catalogs/control.yaml show --template '{title}|{abstract}' x
