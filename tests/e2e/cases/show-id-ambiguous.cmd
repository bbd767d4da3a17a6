$IOMPUBS show a-broken-dream
