$IOMPUBS search trafiking fishers -n 2 | cut -f1; $IOMPUBS search --exact trafiking fishers | cut -f1; $IOMPUBS search xqzvkw; $IOMPUBS search '"forced labur"'
