for w in $(seq 1 40); do echo "width $w:"; $IOMPUBS --catalog catalogs/prefixes.yaml --width $w list --format table; done
