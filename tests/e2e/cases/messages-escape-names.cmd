# What a user typed and file names reach the terminal only through
# visible escapes, in every message: a newline in a file name cannot
# forge a line of check's FILE:LINE:COL output, an escape cannot clear
# the screen.
$IOMPUBS "$(printf 'li\033[2Jst')"; echo "status $?"
$IOMPUBS help "$(printf 'x\ny')"; echo "status $?"
$IOMPUBS list "$(printf 'a\tb')"; echo "status $?"
$IOMPUBS --catalog "$(printf 'no\nsuch.yaml')" list; echo "status $?"
printf 'publications:\n  - {id: a, year: 2015}\n' > "$TMPDIR/$(printf 'bad\nname.yaml')"
$IOMPUBS check "$TMPDIR/$(printf 'bad\nname.yaml')" > "$TMPDIR/out"; echo "status $?"
sed "s|$TMPDIR/||" "$TMPDIR/out"
