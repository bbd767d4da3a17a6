for q in NRM SoM NGOs XYZQ "trata de personas en el Caribe" "les Caraïbes" "for nurses and doctors"; do echo "== $q"; out=$($IOMPUBS search $q -n 2 2>&1); echo "rc $?"; echo "$out" | cut -f1; done
