# Patterns that backtrack without end on a 64 KB abstract stop at their
# budget of steps, naming the record, instead of running for minutes;
# linear ones answer.
awk 'BEGIN { printf "publications:\n  - {id: ok, title: Fine, year: 2015}\n";
    printf "  - {id: long, title: T, year: 2015, abstract: \"";
    for (i = 0; i < 65536; i++) printf "a"; print "dbc\"}" }' > "$TMPDIR/c.yaml"
cd "$TMPDIR" || exit 2
for p in '(a|aa)*cb' '(a|b)*cd' 'a*a*a*a*a*cb'; do
	$IOMPUBS --catalog c.yaml list --grep "$p"; echo "status $?"
done
$IOMPUBS --catalog c.yaml list -e 'abstract ~ "(a+)+cb"'; echo "status $?"
for p in 'a.*b' '.{999}b' 'a+dbc$'; do
	$IOMPUBS --catalog c.yaml list --grep "$p" -f tsv --fields id; echo "status $?"
done
