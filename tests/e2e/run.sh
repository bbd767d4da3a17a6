#!/bin/sh
# run.sh: end-to-end tests of the iompubs binary.
#
#	tests/e2e/run.sh BINARY [CASE ...]
#	tests/e2e/run.sh --bless BINARY CASE ...
#
# Each case is tests/e2e/cases/NAME.cmd, a shell command line run from
# tests/e2e with $IOMPUBS set to the binary and $TMPDIR to a scratch
# directory, in a clean environment (no terminal, no $COLUMNS, a UTF-8
# locale).  Its standard output, standard error and exit status must
# equal NAME.out, NAME.err (absent: empty) and NAME.status (absent: 0).
# --bless writes those files for the cases named, for review before
# they are committed.

set -u
bless=0
if [ "${1:-}" = --bless ]; then
	bless=1
	shift
fi
[ $# -ge 1 ] || { echo "usage: run.sh [--bless] BINARY [CASE ...]" >&2; exit 2; }
bin=$1
shift
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
here=$(cd "$(dirname "$0")" && pwd)
cd "$here" || exit 2

scratch=$(mktemp -d "${TMPDIR:-/tmp}/iompubs-e2e.XXXXXX") || exit 2
trap 'rm -rf "$scratch"' EXIT INT TERM

if [ $# -eq 0 ]; then
	set -- $(ls cases/*.cmd | sed 's|cases/||; s|\.cmd$||')
fi

pass=0
fail=0
for name in "$@"; do
	cmd=cases/$name.cmd
	[ -f "$cmd" ] || { echo "no such case: $name" >&2; fail=$((fail + 1)); continue; }
	rm -rf "$scratch/tmp"
	mkdir "$scratch/tmp"
	# A case never writes 64 MB: one that does is looping, and must fail
	# (SIGXFSZ) before it fills the disk.
	(ulimit -f 131072
	env -i PATH="$PATH" HOME="$scratch" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
	    TERM=dumb IOMPUBS="$bin" TMPDIR="$scratch/tmp" \
	    ASAN_OPTIONS="${ASAN_OPTIONS:-}" sh -c "$(cat "$cmd")" >"$scratch/out" 2>"$scratch/err" </dev/null)
	echo $? >"$scratch/status"
	if [ $bless = 1 ]; then
		cp "$scratch/out" "cases/$name.out"
		if [ -s "$scratch/err" ]; then
			cp "$scratch/err" "cases/$name.err"
		else
			rm -f "cases/$name.err"
		fi
		if [ "$(cat "$scratch/status")" != 0 ]; then
			cp "$scratch/status" "cases/$name.status"
		else
			rm -f "cases/$name.status"
		fi
		echo "blessed $name"
		continue
	fi
	ok=1
	if ! cmp -s "$scratch/out" "cases/$name.out"; then
		echo "FAIL $name: standard output differs:"
		diff -u "cases/$name.out" "$scratch/out" | head -20
		ok=0
	fi
	experr=/dev/null
	[ -f "cases/$name.err" ] && experr=cases/$name.err
	if ! cmp -s "$scratch/err" "$experr"; then
		echo "FAIL $name: standard error differs:"
		diff -u "$experr" "$scratch/err" | head -20
		ok=0
	fi
	expstatus=0
	[ -f "cases/$name.status" ] && expstatus=$(cat "cases/$name.status")
	if [ "$(cat "$scratch/status")" != "$expstatus" ]; then
		echo "FAIL $name: exit status $(cat "$scratch/status"), expected $expstatus"
		ok=0
	fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
	fi
done
[ $bless = 1 ] && exit 0
echo "e2e: $pass passed, $fail failed"
[ $fail -eq 0 ]
