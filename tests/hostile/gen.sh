#!/bin/sh
# gen.sh DIR: write the hostile catalogues too big to keep in git, with
# their expected messages: nesting of 10^3 to 10^5 levels (flow and
# block), values at the length limit and one byte past it, and inputs
# whose cost once grew faster than their size.
set -eu
dir=$1

# deep-flow-N: N opening brackets on one line.
for n in 1000 10000 100000; do
	awk -v n=$n 'BEGIN { for (i = 0; i < n; i++) printf "["; print "" }' \
	    > "$dir/deep-flow-$n.yaml"
	{
		echo "iompubs: deep-flow-$n.yaml:1:2: item 1 of 'publications'" \
		    "must be a mapping, not a list"
		echo "iompubs: deep-flow-$n.yaml:1:11: nesting deeper than 10" \
		    "levels; a catalogue needs at most 6"
	} > "$dir/deep-flow-$n.err"
	echo 2 > "$dir/deep-flow-$n.status"
done

# deep-block-N: "- - - ..." on one line, and as an indented staircase.
awk 'BEGIN { for (i = 0; i < 1000; i++) printf "- "; print "x" }' \
    > "$dir/deep-block-1000.yaml"
{
	echo "iompubs: deep-block-1000.yaml:1:3: item 1 of 'publications'" \
	    "must be a mapping, not a list"
	echo "iompubs: deep-block-1000.yaml:1:21: nesting deeper than 10" \
	    "levels; a catalogue needs at most 6"
} > "$dir/deep-block-1000.err"
echo 2 > "$dir/deep-block-1000.status"
awk 'BEGIN { for (i = 0; i < 1000; i++) { for (j = 0; j < i; j++)
    printf " "; print "k:" } }' > "$dir/deep-map-1000.yaml"
{
	echo "iompubs: deep-map-1000.yaml:1:1: unknown key 'k' in catalogue"
	echo "iompubs: deep-map-1000.yaml:11:11: nesting deeper than 10" \
	    "levels; a catalogue needs at most 6"
} > "$dir/deep-map-1000.err"
echo 2 > "$dir/deep-map-1000.status"

# field-at-limit: an abstract of exactly 1048576 bytes loads;
# field-past-limit: one byte more is refused.
for n in 1048576 1048577; do
	name=field-at-limit
	[ $n = 1048577 ] && name=field-past-limit
	awk -v n=$n 'BEGIN { printf "- {id: x, title: T, year: 2015, abstract: \"";
	    for (i = 0; i < n; i++) printf "a"; print "\"}" }' > "$dir/$name.yaml"
done
: > "$dir/field-at-limit.err"
echo 0 > "$dir/field-at-limit.status"
printf 'x\t2015\t\t\tT\n' > "$dir/field-at-limit.out"
echo "iompubs: field-past-limit.yaml:1:43: 'abstract' is longer than the" \
    "limit of 1048576 bytes" > "$dir/field-past-limit.err"
echo 2 > "$dir/field-past-limit.status"

# same-slug-20000: records without ids whose titles make the same slug
# and year; deriving their ids must stay linear (it once took minutes).
awk 'BEGIN { print "publications:"; for (i = 1; i <= 20000; i++)
    printf "  - title: Counter Trafficking Monthly Report Issue No. %d\n" \
    "    year: 2015\n", i }' > "$dir/same-slug-20000.yaml"
awk 'BEGIN { s = "counter-trafficking-monthly-report-issue-no-2015";
    for (i = 1; i <= 20000; i++)
    printf "%s%s\t2015\t\t\tCounter Trafficking Monthly Report Issue No. %d\n",
    s, i == 1 ? "" : "-" i, i }' > "$dir/same-slug-20000.out"
: > "$dir/same-slug-20000.err"
echo 0 > "$dir/same-slug-20000.status"

# value-past-raw-limit: a 5 MiB abstract is refused once 4 MiB of it are
# read, before libyaml has built it whole (a 300 MB one once took 527 MB).
awk 'BEGIN { printf "publications:\n  - id: x\n    title: T\n    year: 2015\n";
    printf "    abstract: \""; for (i = 0; i < 5 * 1048576; i++) printf "a";
    print "\"" }' > "$dir/value-past-raw-limit.yaml"
echo "iompubs: value-past-raw-limit.yaml:5:13: more than 4194304 bytes of" \
    "input in one value or between two; a value may be at most 1048576" \
    "bytes" > "$dir/value-past-raw-limit.err"
echo 2 > "$dir/value-past-raw-limit.status"

# hash-flood-131072: ids whose FNV-1a hashes share their low 18 bits, as
# an unkeyed hash made possible: one of two 4-letter blocks at each of 17
# places, each pair colliding there.  Listing them took 49 s with FNV-1a;
# with a keyed hash, as long as random ids.
awk 'BEGIN {
	split("rffr sujv aoop udwk gfjz fqtd xjwi roid huyc cqoh qxpc ktmv " \
	    "jibq uhxc pbbl dcxw lont nixb frmf eggp qipz scfp potb vubt " \
	    "jyet klen zktb vtbw fymj qckc wvia mqsj fkdx xeff", b, " ")
	print "publications:" > "'"$dir"'/hash-flood-131072.yaml"
	for (i = 0; i < 131072; i++) {
		id = "id-"
		for (k = 16; k >= 0; k--)
			id = id b[2 * (16 - k) + 1 + int(i / 2 ^ k) % 2]
		printf "  - {id: %s, title: T, year: 2015}\n", id \
		    >> "'"$dir"'/hash-flood-131072.yaml"
		printf "%s\t2015\t\t\tT\n", id > "'"$dir"'/hash-flood-131072.out"
	}
}'
: > "$dir/hash-flood-131072.err"
