for n in 1 1000000000 1000000001 x 1e3; do $IOMPUBS list -y 2018 --fields id --limit "$n"; echo "status $?"; done 2>&1; $IOMPUBS list -y 2018 --fields id -n 2
