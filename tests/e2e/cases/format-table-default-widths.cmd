for w in 160 100 80 64 50 40 30 16; do echo "width $w:"; $IOMPUBS --width $w list --format table --year 2015 --limit 4; $IOMPUBS --width $w search --format table --limit 2 caribbean; done
