$IOMPUBS show 92-9068-466-6 | head -2
