# Values that start or end with blanks, or are only a blank, wrapped.
for w in 30 60; do $IOMPUBS --catalog catalogs/escapes.yaml --width $w show --fields title,abstract,notes -- -dash | sed -n l; done
