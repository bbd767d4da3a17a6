#!/bin/sh
# examples.sh: every search and country example of the docs runs.
#
#	tests/search/examples.sh IOMPUBS
#
# Takes the `iompubs search ...`, `list --country` and `stats --by
# country` examples from README.md, iompubs(1) and `iompubs search
# --help`, and runs each (without what follows a `|` or `>`): each must
# exit 0 and write something, so that the docs cannot promise a search
# that finds nothing.
set -u
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
here=$(cd "$(dirname "$0")" && pwd)
top=$here/../..
examples=$(mktemp) || exit 2
trap 'rm -f "$examples"' EXIT INT TERM

{
	sed -n 's/^    \(iompubs \(search\|list --country\|stats --by country\) .*\)$/\1/p' \
	    "$top/README.md" | sed 's/  *#.*$//'
	mandoc -Tascii "$top/man/iompubs.1" 2>/dev/null | sed "s/.\x08//g" |
	    sed -n 's/^ *\$ \(iompubs search .*\)$/\1/p'
	"$bin" search --help | sed -n 's/^  \(iompubs search .*\)$/\1/p' |
	    sed 's/  *#.*$//'
} | sed 's/ *[|>].*$//' | sort -u >"$examples"

pass=0
fail=0
while IFS= read -r line; do
	cmd=$(printf '%s\n' "$line" | sed "s|^iompubs|\"\$IOMPUBS\"|")
	out=$(IOMPUBS=$bin sh -c "$cmd" 2>/dev/null </dev/null)
	rc=$?
	if [ $rc -ne 0 ] || [ -z "$out" ]; then
		echo "FAIL docs example: $line (exit $rc)"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
done <"$examples"
echo "docs examples: $pass passed, $fail failed"
[ $fail -eq 0 ] && [ $pass -gt 10 ]
