$IOMPUBS search trafficking --year 2018 --language es
