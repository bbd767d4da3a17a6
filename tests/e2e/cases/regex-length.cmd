# A literal of 1,001 characters is fine; the limit is 4,096 bytes.
p=$(awk 'BEGIN { for (i = 0; i < 1001; i++) printf "x" }')
$IOMPUBS list --grep "$p"; echo "status $?"
p=$(awk 'BEGIN { for (i = 0; i < 4097; i++) printf "x" }')
$IOMPUBS list --grep "$p" 2>&1 | head -1; $IOMPUBS list -e "title ~ \"$p\"" 2>&1 | head -1
