$IOMPUBS list --template 'a}b'
