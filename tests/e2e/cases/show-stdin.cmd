$IOMPUBS search fishers | $IOMPUBS show - --fields id,title
