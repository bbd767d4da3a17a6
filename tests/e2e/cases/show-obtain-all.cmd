# Every record of the shipped catalogue says how to get it.
n=0 without=0
for id in $("$IOMPUBS" list --fields id); do
	n=$((n + 1))
	"$IOMPUBS" show "$id" | grep -q -E '^(Download|Order|Get it): ' ||
	    { without=$((without + 1)); echo "no way to get $id"; }
done
echo "$n records, $without without a way to get them"
"$IOMPUBS" show --format json bali-process-2014 | grep -c -E 'Download|Order' || true
