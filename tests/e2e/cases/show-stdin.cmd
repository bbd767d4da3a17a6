$IOMPUBS search fishers | cut -f1 > "$TMPDIR/ids"; $IOMPUBS search fishers | $IOMPUBS show - --fields id | sed 's/^Id: *//; /^$/d' | diff - "$TMPDIR/ids" && wc -l < "$TMPDIR/ids" | tr -d ' '
