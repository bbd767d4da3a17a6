$IOMPUBS show Caring for Trafficked Persons | grep "^Id:"
