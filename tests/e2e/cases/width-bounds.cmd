for w in -1 10001 x '' 1e3 ' 5' 10000 0; do $IOMPUBS --width "$w" list -y 2018 --fields id; echo "status $?"; done 2>&1; $IOMPUBS list --width=10001 -y 2018; echo "status $?"
