for w in $(seq 1 130); do echo "width $w:"; $IOMPUBS --width $w list --format table --year 2014 --limit 3; done
