$IOMPUBS help list > $TMPDIR/a; $IOMPUBS list --help > $TMPDIR/b; cmp $TMPDIR/a $TMPDIR/b && head -4 $TMPDIR/a
