$IOMPUBS show carring trafficked persns
