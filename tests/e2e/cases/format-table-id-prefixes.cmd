for w in 30 20 14; do $IOMPUBS --catalog catalogs/prefixes.yaml --width $w list --format table; done
