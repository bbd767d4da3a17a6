#!/bin/bash
# test_bash.sh: the bash completion, driven as bash drives it.
#
#	test_bash.sh BINARY
#
# Sets COMP_WORDS/COMP_CWORD for a command line, calls the completion
# function, and checks COMPREPLY.  Also checks that every long option
# the binary's --help lists is offered, so the script cannot drift.

set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s "$bin" "$tmp/iompubs"
export PATH="$tmp:$PATH"
unset IOMPUBS_CATALOG
# shellcheck source=/dev/null
. "$here/../../completions/iompubs.bash"

fail=0
checks=0

# complete WORD... : the last word is the one being completed
complete_line() {
	COMP_WORDS=("$@")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	_iompubs
}

# expect "want" WORD... : want is among the candidates
expect() {
	local want=$1 got
	shift
	checks=$((checks + 1))
	complete_line "$@"
	for got in "${COMPREPLY[@]}"; do
		[ "$got" = "$want" ] && return
	done
	echo "FAIL: '$*' does not offer '$want' (got: ${COMPREPLY[*]:0:8})"
	fail=1
}

# expect_none "unwanted" WORD...
expect_none() {
	local bad=$1 got
	shift
	checks=$((checks + 1))
	complete_line "$@"
	for got in "${COMPREPLY[@]}"; do
		if [ "$got" = "$bad" ]; then
			echo "FAIL: '$*' offers '$bad'"
			fail=1
		fi
	done
}

expect list iompubs l
expect show iompubs sh
expect --catalog iompubs --cat
expect --version iompubs --ver
expect --year iompubs list --ye
expect --language iompubs list --lang
expect 2015 iompubs list --year 20
expect 2008 iompubs list -y ''
expect Spanish iompubs list --language Sp
expect 'Bosnia\ and\ Herzegovina' iompubs list --language Bos
expect hardcopy iompubs list --available h
expect price iompubs list --has p
expect -year iompubs list --sort -
expect json iompubs list --format j
expect csl-json iompubs list --format cs
expect chicago iompubs list --format cite --style ch
expect about iompubs ab
expect --color=never iompubs --color=n
expect caring-for-trafficked-persons-2009 iompubs show caring-for
expect --first iompubs show --fi
expect list iompubs help l
expect search iompubs sea
expect --by iompubs stats --b
expect decade iompubs stats --by d
expect --strict iompubs check --str
expect --expr iompubs search --ex
expect_none --first iompubs list --f
expect_none list iompubs list l

# A catalogue given on the line is the one completed from.
expect one iompubs --catalog "$here/../e2e/catalogs/small.yaml" show o
expect_none caring-for-trafficked-persons-2009 iompubs --catalog \
    "$here/../e2e/catalogs/small.yaml" show c

# Every long option in the option lists of --help is offered.
options_of() {
	"$bin" "$@" --help | grep -E '^ +(-[a-z], )?--[a-z]' |
	    grep -oE -- '--[a-z][a-z-]*' | sort -u
}
for cmd in list show search stats check; do
	for opt in $(options_of "$cmd"); do
		expect "$opt" iompubs "$cmd" "$opt"
	done
done
for opt in $(options_of); do
	expect "$opt" iompubs "$opt"
done

echo "bash completion: $checks checks, $([ $fail = 0 ] && echo 0 || echo some) failed"
exit $fail
