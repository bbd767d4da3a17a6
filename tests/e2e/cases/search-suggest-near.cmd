$IOMPUBS search --exact xqzvkw fishrs; echo "rc $?"; $IOMPUBS search --exact trafikcing; echo "rc $?"
