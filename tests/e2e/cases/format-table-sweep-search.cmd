for w in $(seq 1 110); do echo "width $w:"; $IOMPUBS --width $w search --format table --limit 2 balkans; done
