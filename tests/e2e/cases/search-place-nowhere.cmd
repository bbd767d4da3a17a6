for q in "Sri Lanka" "New Zealand" "Costa Rica"; do $IOMPUBS search $q; echo "$q: $?"; done; $IOMPUBS search South Africa | cut -f1
