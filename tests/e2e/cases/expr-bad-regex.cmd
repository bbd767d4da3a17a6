$IOMPUBS list -e "title ~ \"(\""
