printf "bali-process-2014\tx\n\nno-such-id\na-broken-dream\n" | $IOMPUBS show - --fields id
