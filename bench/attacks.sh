#!/bin/sh
# attacks.sh: time and peak memory of iompubs on hostile inputs of
# growing size, one Markdown table row per run, for BENCHMARKS.md.
#
#	bench/attacks.sh MEASURE BINARY [BINARY ...]
#
# MEASURE is build/bench/measure.  Each attack is run at sizes that
# double, so that linear growth shows as doubling and quadratic as
# quadrupling; a run is cut at 30 seconds ("cut" in the table).  Inputs
# are generated under $TMPDIR and removed at the end.
set -u
measure=$1
shift
work=$(mktemp -d "${TMPDIR:-/tmp}/iompubs-attacks.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT INT TERM

# run LABEL SIZE BINARY ARGS...: one row.
run() {
	label=$1 size=$2 bin=$3
	shift 3
	r=$(timeout 30 "$measure" "$bin" "$@" 2>&1 >/dev/null | tail -1)
	set -- $r
	if [ $# -ne 3 ] || [ "$3" = 124 ] || [ "$3" = 137 ]; then
		printf '| %s | %s | %s | cut | |\n' "$label" "$size" "$bin"
	else
		printf '| %s | %s | %s | %s s | %s MB |\n' "$label" "$size" \
		    "$bin" "$1" "$(($2 / 1024))"
	fi
}

echo "| attack | size | binary | time | peak RSS |"
echo "|---|---|---|---|---|"

# 1. Records without ids that make the same slug.
for n in 5000 10000 20000 40000; do
	awk -v n=$n 'BEGIN { print "publications:"; for (i = 1; i <= n; i++)
	    printf "  - title: Counter Trafficking Monthly Report Issue No. %d\n" \
	    "    year: 2015\n", i }' > "$work/slug.yaml"
	for b in "$@"; do
		run "same-slug ids, check" "$n records" "$b" \
		    --catalog "$work/slug.yaml" check
	done
done

# 2. A regular expression that backtracks, on one long abstract.
for n in 8192 16384 32768 65536; do
	awk -v n=$n 'BEGIN { printf "publications:\n  - {id: x, title: T, " \
	    "year: 2015, abstract: \""; for (i = 0; i < n; i++) printf "a";
	    print "dbc\"}" }' > "$work/long.yaml"
	for b in "$@"; do
		run "--grep 'a.*cb'" "$n bytes" "$b" --catalog "$work/long.yaml" \
		    list --grep 'a.*cb'
		run "--grep '(a|b)*cd'" "$n bytes" "$b" \
		    --catalog "$work/long.yaml" list --grep '(a|b)*cd'
	done
done

# 3. Zeros on a pipe (a named pipe, so that measure runs iompubs itself).
for mb in 25 50 100; do
	for b in "$@"; do
		rm -f "$work/fifo"
		mkfifo "$work/fifo"
		(head -c $((mb * 1048576)) /dev/zero > "$work/fifo" 2>/dev/null &)
		run "zeros on a pipe" "$mb MB" "$b" --catalog "$work/fifo" list
	done
done
# /dev/zero with the last binary only: builds before streaming read all
# of it into memory, up to the 4 GiB limit.
for b in "$@"; do
	last=$b
done
run "/dev/zero" "-" "$last" --catalog /dev/zero list

# 4. One huge value.
for mb in 50 100 200; do
	awk -v n=$((mb * 1048576)) 'BEGIN { printf "publications:\n  - {id: x, " \
	    "title: T, year: 2015, abstract: \""; s = "aaaaaaaaaaaaaaaa";
	    for (i = 0; i < n; i += 16) printf "%s", s; print "\"}" }' \
	    > "$work/big.yaml"
	for b in "$@"; do
		run "one huge value" "$mb MB" "$b" --catalog "$work/big.yaml" list
	done
done
rm -f "$work/big.yaml"

# 5. Ids whose FNV-1a hashes share their low 18 bits.
for k in 14 15 16 17; do
	awk -v k=$k 'BEGIN {
		split("rffr sujv aoop udwk gfjz fqtd xjwi roid huyc cqoh " \
		    "qxpc ktmv jibq uhxc pbbl dcxw lont nixb frmf eggp qipz " \
		    "scfp potb vubt jyet klen zktb vtbw fymj qckc wvia mqsj " \
		    "fkdx xeff", b, " ")
		print "publications:"
		for (i = 0; i < 2 ^ k; i++) {
			id = "id-"
			for (j = 16; j >= 0; j--)
				id = id b[2 * (16 - j) + 1 + \
				    (j < k ? int(i / 2 ^ j) % 2 : 0)]
			printf "  - {id: %s, title: T, year: 2015}\n", id
		}
	}' > "$work/flood.yaml"
	for b in "$@"; do
		run "crafted ids, check" "$((1 << k)) ids" "$b" \
		    --catalog "$work/flood.yaml" check
	done
done

# 6. A long filter expression.
for n in 1500 3000 6000; do
	e=$(awk -v n=$n 'BEGIN { for (i = 0; i < n; i++)
	    printf "title : x%d or ", i; printf "title : y" }')
	for b in "$@"; do
		run "-e of n conditions" "$n ($(printf %s "$e" | wc -c) B)" "$b" \
		    list -e "$e"
	done
done

# 7. Memory per record: minimal records.
for n in 250000 500000 1000000; do
	awk -v n=$n 'BEGIN { print "publications:"; for (i = 1; i <= n; i++)
	    printf "- {id: r%d, title: T, year: 2015}\n", i }' \
	    > "$work/many.yaml"
	for b in "$@"; do
		run "minimal records, check" "$n records" "$b" \
		    --catalog "$work/many.yaml" check
	done
done
