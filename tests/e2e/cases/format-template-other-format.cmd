$IOMPUBS show --format json --template '{id}' x
