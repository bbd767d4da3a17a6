$IOMPUBS list -e "title : etat or title : TRATA"
