for q in Asia Europe Africa Americas Oceania Myanmar "Côte d'Ivoire" "trafficking in Myanmar"; do echo "== $q"; out=$($IOMPUBS search $q -n 3 2>&1); echo "rc $?"; echo "$out" | cut -f1; done
