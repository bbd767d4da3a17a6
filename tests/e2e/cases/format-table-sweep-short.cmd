for w in $(seq 20 110); do echo "width $w:"; $IOMPUBS --catalog catalogs/full.yaml --width $w list --format table; done
