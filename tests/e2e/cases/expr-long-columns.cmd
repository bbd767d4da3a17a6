# A 100 KB expression: columns are counted as the lexer goes (counting
# from the start for each token took seconds), and still right at the
# end, past multibyte characters.
e=$(awk 'BEGIN { for (i = 0; i < 6000; i++) printf "title : \"\303\251%d\" or ", i }')
$IOMPUBS list -e "$e" 2>"$TMPDIR/err"; echo "status $?"; sed -n 1p "$TMPDIR/err"
