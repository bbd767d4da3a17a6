#!/bin/sh
# test_fish.sh: the fish and zsh completions.
#
#	test_fish.sh BINARY
#
# fish can be asked what it would complete (complete -C), so the fish
# script is tested like the bash one; zsh has no such switch, so its
# script is only checked for syntax.  Each shell that is not installed is
# skipped, saying so.

set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
comp=$here/../../completions
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s "$bin" "$tmp/iompubs"
fail=0

if command -v zsh >/dev/null 2>&1; then
	zsh -n "$comp/_iompubs" || { echo "FAIL: _iompubs: zsh syntax"; fail=1; }
else
	echo "SKIP zsh completion: zsh is not installed"
fi

if ! command -v fish >/dev/null 2>&1; then
	echo "SKIP fish completion: fish is not installed"
	exit $fail
fi
fish -n "$comp/iompubs.fish" || { echo "FAIL: iompubs.fish: syntax"; exit 1; }

# expect WANT LINE: completing LINE offers WANT
expect() {
	got=$(PATH="$tmp:$PATH" fish -c "source '$comp/iompubs.fish';
	    complete -C '$2'" 2>&1 | cut -f1)
	if ! printf '%s\n' "$got" | grep -qxF -- "$1"; then
		echo "FAIL: fish: '$2' does not offer '$1'"
		fail=1
	fi
}
expect list "iompubs li"
expect --year "iompubs list --ye"
expect json "iompubs list --format j"
expect csl-json "iompubs list --format cs"
expect chicago "iompubs list --format cite --style ch"
expect 2015 "iompubs list --year 20"
expect Spanish "iompubs list --language Sp"
expect caring-for-trafficked-persons-2009 "iompubs show caring-for"
expect search "iompubs sea"
expect --by "iompubs stats --b"
expect decade "iompubs stats --by d"
expect --strict "iompubs check --str"
expect --expr "iompubs search --ex"
expect one "iompubs --catalog $here/../e2e/catalogs/small.yaml show o"
echo "fish completion: done, $([ $fail = 0 ] && echo no || echo some) failures"
exit $fail
