$IOMPUBS list -e "$(printf "%0.s(" $(seq 70))year = 2015$(printf "%0.s)" $(seq 70))" 2>&1 | head -1; $IOMPUBS list -e "$(printf "%0.snot " $(seq 70))has title" 2>&1 | head -1
