$IOMPUBS list --format json > $TMPDIR/a; $IOMPUBS list --format yaml | $IOMPUBS --catalog - list --format json > $TMPDIR/b && cmp $TMPDIR/a $TMPDIR/b && echo same records
