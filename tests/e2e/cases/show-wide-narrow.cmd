# Wide (CJK) characters and combining accents wrapped into 1 to 9
# columns: a character that does not fit the room left is taken alone.
for w in 1 2 3 5 9; do echo "width $w:"; $IOMPUBS --catalog catalogs/wide.yaml --width $w show --fields title,languages x; done
