$IOMPUBS search Horn of Africa | cut -f1; echo; $IOMPUBS search '"Horn of Africa"' | cut -f1
