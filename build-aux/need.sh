#!/bin/sh
# need.sh: make sure the libraries iompubs needs are installed
# (PCRE2 among them, for regular expressions).
#
#	need.sh build CC	libyaml, libunistring and ncursesw, to build
#				iompubs, and libstemmer, python3,
#				iso-codes and Snowball's stopwords (perl's
#				Lingua::StopWords), for the search lexicon,
#				and the word lists of /usr/share/dict, that
#				tell search a real word from a typo
#	need.sh check CC	and cmocka, to build the tests, and tmux, to
#				run the browser in a terminal
#
# When one is missing, install it with the system's package manager if
# we may (as root, or with sudo that asks no password); otherwise print
# the exact command to run and fail.

set -u
what=${1:-build}
cc=${2:-cc}

probe() {
	# $1: headers to include, $2: libraries to link
	src=
	for h in $1; do src="$src#include <$h>
"; done
	printf '%sint main(void) { return 0; }\n' "$src" |
	    $cc -x c - -o /dev/null $2 >/dev/null 2>&1
}

missing() {
	probe 'yaml.h unistr.h' '-lyaml -lunistring' || return 0
	probe 'curses.h' '-lncursesw' || return 0
	probe pcre2.h '-DPCRE2_CODE_UNIT_WIDTH=8 -lpcre2-8' || return 0
	probe 'libstemmer.h' '-lstemmer' || return 0
	command -v python3 >/dev/null 2>&1 || return 0
	[ -f "${ISO_CODES_JSON:-/usr/share/iso-codes/json/iso_3166-1.json}" ] ||
	    return 0
	perl -MLingua::StopWords -e 1 >/dev/null 2>&1 || return 0
	for d in american-english british-english french spanish; do
		[ -f /usr/share/dict/$d ] || return 0
	done
	if [ "$what" = check ]; then
		probe 'stdarg.h stddef.h stdint.h setjmp.h cmocka.h' \
		    '-lcmocka' || return 0
		command -v tmux >/dev/null 2>&1 || return 0
	fi
	return 1
}

missing || exit 0

if command -v apt-get >/dev/null 2>&1; then
	pkgs="pkg-config libyaml-dev libunistring-dev libncurses-dev"
	pkgs="$pkgs libstemmer-dev iso-codes python3"
	pkgs="$pkgs liblingua-stopwords-perl"
	pkgs="$pkgs wamerican wbritish wfrench wspanish"
	pkgs="$pkgs libpcre2-dev"
	[ "$what" = check ] && pkgs="$pkgs libcmocka-dev tmux"
	install="apt-get install -y $pkgs"
	refresh="apt-get update"
elif command -v dnf >/dev/null 2>&1; then
	pkgs="pkgconf-pkg-config libyaml-devel libunistring-devel"
	pkgs="$pkgs ncurses-devel"
	pkgs="$pkgs libstemmer-devel iso-codes python3"
	pkgs="$pkgs pcre2-devel"
	[ "$what" = check ] && pkgs="$pkgs libcmocka-devel tmux"
	install="dnf install -y $pkgs"
	refresh=true
elif command -v apk >/dev/null 2>&1; then
	pkgs="pkgconf yaml-dev libunistring-dev ncurses-dev"
	pkgs="$pkgs snowball-dev iso-codes python3"
	pkgs="$pkgs pcre2-dev"
	[ "$what" = check ] && pkgs="$pkgs cmocka-dev tmux"
	install="apk add $pkgs"
	refresh=true
elif command -v pacman >/dev/null 2>&1; then
	pkgs="pkgconf libyaml libunistring ncurses snowball iso-codes python"
	pkgs="$pkgs pcre2"
	[ "$what" = check ] && pkgs="$pkgs cmocka tmux"
	install="pacman -S --needed --noconfirm $pkgs"
	refresh=true
elif command -v brew >/dev/null 2>&1; then
	pkgs="pkg-config libyaml libunistring ncurses snowball iso-codes"
	pkgs="$pkgs python3"
	pkgs="$pkgs pcre2"
	[ "$what" = check ] && pkgs="$pkgs cmocka tmux"
	install="brew install $pkgs"
	refresh=true
else
	echo "need.sh: iompubs needs libyaml, libunistring, ncursesw," \
	    "libstemmer, python3, iso-codes, perl's Lingua::StopWords" \
	    "and English, French and Spanish word lists" \
	    "(and cmocka and tmux for the tests);" >&2
	echo "need.sh: install their development packages and run make" \
	    "again." >&2
	exit 1
fi

case "$install" in
brew*)	sudo= ;;
*)	if [ "$(id -u)" = 0 ]; then
		sudo=
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo="sudo -n"
	else
		echo "need.sh: missing libraries; install them with:" >&2
		echo "    sudo $install" >&2
		exit 1
	fi ;;
esac

echo "need.sh: installing $pkgs" >&2
$sudo $install >&2 || { $sudo $refresh >&2 && $sudo $install >&2; } || {
	echo "need.sh: the install failed; run this and make again:" >&2
	echo "    ${sudo:+sudo }$install" >&2
	exit 1
}
missing && {
	echo "need.sh: still missing after the install; is $cc set up?" >&2
	exit 1
}
exit 0
