$IOMPUBS list --language espagnol > $TMPDIR/a; $IOMPUBS list -l ESPAÑOL > $TMPDIR/b; $IOMPUBS list --language es > $TMPDIR/c; cmp $TMPDIR/a $TMPDIR/c && cmp $TMPDIR/b $TMPDIR/c && wc -l < $TMPDIR/a
