#!/bin/sh
# run.sh: hostile catalogues.
#
#	tests/hostile/run.sh BINARY
#	tests/hostile/run.sh --bless BINARY NAME ...
#
# Each NAME.yaml here, and each made by gen.sh (deep nesting, values at
# and past the length limit), is given to `iompubs --catalog NAME.yaml
# list`.  It must end within a few seconds (HOSTILE_TIMEOUT, 10 unless
# set: under valgrind, more) with the exit status in
# NAME.status, exactly the messages in NAME.err on standard error, and
# exactly NAME.out on standard output.  As in tests/e2e/run.sh, an
# absent file means the usual: status 0, nothing written.

set -u
bless=0
if [ "${1:-}" = --bless ]; then
	bless=1
	shift
fi
bin=$1
shift
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/iompubs-hostile.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT INT TERM

cp "$here"/*.yaml "$here"/*.err "$here"/*.status "$here"/*.out "$work" \
    2>/dev/null
sh "$here/gen.sh" "$work" || exit 2
cd "$work" || exit 2

if [ $# -eq 0 ]; then
	set -- $(ls *.yaml | sed 's/\.yaml$//')
fi
pass=0
fail=0
for name in "$@"; do
	timeout "${HOSTILE_TIMEOUT:-10}" env -i PATH="$PATH" LC_ALL=C.UTF-8 \
	    ASAN_OPTIONS="${ASAN_OPTIONS:-}" "$bin" \
	    --catalog "$name.yaml" list >out 2>err
	status=$?
	if [ $bless = 1 ]; then
		[ -s err ] && cp err "$here/$name.err" || rm -f "$here/$name.err"
		[ $status = 0 ] && rm -f "$here/$name.status" ||
		    echo $status > "$here/$name.status"
		[ -s out ] && cp out "$here/$name.out" || rm -f "$here/$name.out"
		echo "blessed $name ($status)"
		continue
	fi
	want=0
	[ -f "$name.status" ] && want=$(cat "$name.status")
	[ -f "$name.err" ] || : >"$name.err"
	ok=1
	if [ "$status" != "$want" ]; then
		echo "FAIL $name: exit status $status, expected $want"
		ok=0
	fi
	if ! cmp -s err "$name.err"; then
		echo "FAIL $name: standard error differs:"
		diff "$name.err" err | head -5
		ok=0
	fi
	if [ -f "$name.out" ]; then
		cmp -s out "$name.out" || { echo "FAIL $name: stdout differs"; ok=0; }
	elif [ -s out ]; then
		echo "FAIL $name: something on standard output"
		ok=0
	fi
	[ $ok = 1 ] && pass=$((pass + 1)) || fail=$((fail + 1))
done
[ $bless = 1 ] && exit 0
echo "hostile: $pass passed, $fail failed"
[ $fail = 0 ]
