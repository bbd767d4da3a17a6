$IOMPUBS list --grep 'a{1,32767}'; echo "status $?"; $IOMPUBS list -e 'title ~ "((((((((((((a+)+)+)+)+)+)+)+)+)+)+)+)"'; echo "status $?"; $IOMPUBS list --grep 'carib+ean' | cut -f1
