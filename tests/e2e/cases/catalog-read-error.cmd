$IOMPUBS --catalog /proc/self/mem list
