$IOMPUBS --catalog catalogs/escapes.yaml list --format plain | sed -n l; for id in c0 c1 unicode ascii/é+ü; do $IOMPUBS --catalog catalogs/escapes.yaml show --format full "$id" | sed -n l; done
