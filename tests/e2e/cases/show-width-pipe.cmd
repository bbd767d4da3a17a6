$IOMPUBS show --width 50 trafficking-in-times-of-crisis-2015-12
