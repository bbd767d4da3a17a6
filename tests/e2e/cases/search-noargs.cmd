$IOMPUBS search
