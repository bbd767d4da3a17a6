$IOMPUBS search fishers --format jsonl --fields id; $IOMPUBS search caribbean -n 2 --sort year | cut -f1,2; $IOMPUBS search fishers --format json | $IOMPUBS --catalog - list | cut -f1
