#!/bin/sh
# test_browse.sh: iompubs browse in a real terminal, tmux.
#
#	test_browse.sh BINARY [FAILMALLOC-BINARY]
#
# Runs the browser in a private tmux server, types with send-keys, reads
# the screen with capture-pane, and checks what a person would see and
# what the shell gets: the records of a query (those `search` finds),
# the selection and the record beside it, the ids picked on standard
# output, the help, redrawing after a resize, hostile data shown as
# visible escapes, and the terminal given back (no alternate screen, the
# same stty settings, the cursor visible) after Enter, Esc, SIGINT and
# SIGTERM, and after memory runs out while typing (with the build whose
# allocations fail from the Nth on, if given).  Screens are waited for, never slept on: each wait gives up
# after a few seconds.

set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
failmalloc=
[ $# -ge 2 ] && failmalloc=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
here=$(cd "$(dirname "$0")" && pwd)
catalogs=$here/../e2e/catalogs

if ! command -v tmux >/dev/null 2>&1; then
	echo "SKIP test_browse.sh: it needs tmux (Debian: tmux)"
	exit 0
fi

tmp=$(mktemp -d)
# A server of its own for each run, so that one ending is never raced.
nserver=0
T="tmux -S $tmp/sock0 -f /dev/null"
trap 'for s in "$tmp"/sock*; do tmux -S "$s" kill-server 2>/dev/null; done;
    rm -rf "$tmp"' EXIT
fail=0
checks=0

ok() {
	checks=$((checks + 1))
}

bad() {
	checks=$((checks + 1))
	fail=1
	echo "FAIL: $*"
}

# The browser's wrapper: keeps its pid, stdout, stderr and status, and
# the terminal's settings before and after.
cat > "$tmp/run.sh" <<EOF
#!/bin/sh
stty -g > "$tmp/stty.before"
sh -c 'echo \$\$ > "$tmp/pid"; exec "\$@"' sh "\${BROWSE_BIN:-$bin}" "\$@" \
    > "$tmp/out" 2> "$tmp/err"
echo \$? > "$tmp/rc"
stty -g > "$tmp/stty.after"
exec sleep 600
EOF
chmod +x "$tmp/run.sh"

# start COLS ROWS ARGS...: the browser in a new tmux session.
start() {
	cols=$1 rows=$2
	shift 2
	new_server
	rm -f "$tmp/pid" "$tmp/rc" "$tmp/out" "$tmp/err" "$tmp/stty.after"
	$T -2 new-session -d -x "$cols" -y "$rows" \
	    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_COLOR= PAGER=cat \
	    IOMPUBS_CATALOG= ${ENVS:-} $(printf '%s ' "$tmp/run.sh" "$@")" ||
	    bad "tmux would not start"
	$T set-option -g status off >/dev/null
	wait_screen 'Search:' || bad "no browser on the screen: $(cat "$tmp/err")"
}

new_server() {
	$T kill-server 2>/dev/null
	nserver=$((nserver + 1))
	T="tmux -S $tmp/sock$nserver -f /dev/null"
}

# wait_line N REGEX: until row N of the screen matches REGEX.
wait_line() {
	i=0
	while [ $i -lt 100 ]; do
		screen | sed -n "$1p" | grep -q -- "$2" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

screen() {
	$T capture-pane -p
}

# wait_screen TEXT: until the screen shows TEXT (a fixed string).
wait_screen() {
	i=0
	while [ $i -lt 100 ]; do
		screen | grep -qF -- "$1" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# wait_count TEXT N: until at least N rows of the screen show TEXT, so
# that a check never reads a screen that is still being drawn.
wait_count() {
	i=0
	while [ $i -lt 100 ]; do
		[ "$(screen | grep -cF -- "$1")" -ge "$2" ] && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

wait_gone() {
	i=0
	while [ $i -lt 100 ]; do
		screen | grep -qF -- "$1" || return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

wait_exit() {
	i=0
	while [ $i -lt 100 ] && [ ! -s "$tmp/stty.after" ]; do
		sleep 0.05
		i=$((i + 1))
	done
	[ -s "$tmp/stty.after" ]
}

keys() {
	$T send-keys "$@"
}

text() {
	$T send-keys -l "$1"
}

# restored WHAT: the terminal is as it was before the browser.
restored() {
	if cmp -s "$tmp/stty.before" "$tmp/stty.after"; then ok; else
		bad "$1: stty settings not restored"
	fi
	if [ "$($T display-message -p '#{alternate_on}')" = 0 ]; then ok; else
		bad "$1: still on the alternate screen"
	fi
	if [ "$($T display-message -p '#{cursor_flag}')" = 1 ]; then ok; else
		bad "$1: the cursor is left hidden"
	fi
}

expect_rc() {
	if [ "$(cat "$tmp/rc")" = "$2" ]; then ok; else
		bad "$1: exit status $(cat "$tmp/rc"), not $2"
	fi
}

# The records search finds for a query: ids, titles (tab-separated).
"$bin" search --format plain fishers | cut -f1,5 > "$tmp/want"
nwant=$(wc -l < "$tmp/want")
first_id=$(sed -n 1p "$tmp/want" | cut -f1)
second_id=$(sed -n 2p "$tmp/want" | cut -f1)
second_title=$(sed -n 2p "$tmp/want" | cut -f2 | cut -c1-20)
ntotal=$("$bin" list --format plain | wc -l)

# Typing narrows the list to what search finds, in its order.
start 120 30 browse
text fishers
if wait_screen "$nwant/$ntotal "; then ok; else
	bad "typing fishers: the status does not say $nwant/$ntotal"
	screen
fi
while IFS="$(printf '\t')" read -r id title; do
	t=$(printf '%s' "$title" | cut -c1-20)
	if screen | grep -qF -- "$t"; then ok; else
		bad "typing fishers: '$t' ($id) is not listed"
	fi
done < "$tmp/want"
if screen | grep -q 'Caring for Trafficked'; then
	bad "typing fishers: a record search does not find is listed"
else ok; fi
if screen | grep -qF "Id:         $first_id"; then ok; else
	bad "the record of the first hit ($first_id) is not beside the list"
fi

# Down moves the selection, and the record follows.
keys Down
if wait_screen "Id:         $second_id"; then ok; else
	bad "Down: the record shown is not $second_id"
	screen
fi
if screen | grep -E '^>' | grep -qF -- "$second_title"; then ok; else
	bad "Down: the selected row is not '$second_title'"
fi

# Marks and Enter: the ids on standard output, in the order marked.
keys Up Tab Tab
wait_screen '[2 marked]' || bad "Tab Tab: no '[2 marked]' on the status line"
keys Enter
if wait_exit; then ok; else bad "Enter: the browser did not end"; fi
if printf '%s\n%s\n' "$first_id" "$second_id" | cmp -s - "$tmp/out"; then
	ok
else
	bad "Enter: standard output is not the two marked ids:"
	cat "$tmp/out"
fi
expect_rc Enter 0
restored Enter
if [ -s "$tmp/err" ]; then bad "Enter: stderr: $(cat "$tmp/err")"; else ok; fi

# Esc: nothing on standard output, status 1.
start 80 24 browse
text caribbean
keys Escape
wait_exit || bad "Esc: the browser did not end"
if [ -s "$tmp/out" ]; then bad "Esc: standard output is not empty"; else ok; fi
expect_rc Esc 1
restored Esc

# list_ids WHAT ROWS: every row of the list (the catalogue in its order,
# no query) shows its record's id, whole or cut to a start ending in
# "…", and show takes what is shown for that record.  ROWS list rows
# are checked: those on the screen.
list_ids() {
	screen | sed 's/│.*//' > "$tmp/screen"
	if sed -n 2p "$tmp/screen" | grep -q '^  ID  '; then ok; else
		bad "$1: the list has no ID column"; cat "$tmp/screen"
	fi
	"$bin" list --format plain | cut -f1 | head -n "$2" > "$tmp/ids"
	k=3
	while read -r id; do
		shown=$(sed -n "${k}p" "$tmp/screen" | cut -c3- | sed 's/  .*//')
		k=$((k + 1))
		case $shown in
		"$id") ;;
		?*…)
			case $id in "${shown%…}"*) ;; *)
				bad "$1: '$shown' is not a start of $id"; continue ;;
			esac ;;
		*)	bad "$1: row $((k - 3)) shows '$shown', not $id"
			continue ;;
		esac
		if "$bin" show "$shown" 2>&1 | grep -qx "Id: *$id"; then ok; else
			bad "$1: show '$shown' does not show $id"
		fi
	done < "$tmp/ids"
}

# The list shows ids at every size, and the title keeps room beside
# them.
start 80 24 browse
wait_screen 'ID  ' || bad "80x24: no ID column"
list_ids 80x24 7
keys Escape
wait_exit || bad "80x24: the browser did not end"
start 200 60 browse
wait_screen '│Title:' || bad "200x60: the record is not beside the list"
list_ids 200x60 "$ntotal"
title_col=$(screen | sed -n 2p | sed 's/TITLE.*//' | wc -m)
if [ "$title_col" -le 50 ]; then ok; else
	bad "200x60: the title starts at column $title_col, after ids padded out"
fi
keys Escape
wait_exit || bad "200x60: the browser did not end"

# q, once in the list, leaves too; before that it is typed.
start 80 24 browse
text q
wait_screen 'Search: q' && ok || bad "q while typing is not typed"
keys Down q
wait_exit || bad "q: the browser did not end"
expect_rc q 1

# ? shows every key; any key goes back; Ctrl-C leaves.
start 100 40 browse
text '?'
if wait_screen 'Keys of iompubs browse'; then ok; else
	bad "?: no help"
fi
for k in 'Ctrl-O' 'Tab, Shift-Tab' 'Esc, Ctrl-C'; do
	if screen | grep -qF -- "$k"; then ok; else bad "?: '$k' not in the help"; fi
done
keys x
wait_gone 'Keys of iompubs browse' && ok || bad "the help does not close"
keys C-c
wait_exit || bad "Ctrl-C: the browser did not end"
expect_rc Ctrl-C 1

# Resizing redraws: side by side when wide, stacked when narrow, and
# nothing left of the layout before.
start 120 30 browse fishers
wait_screen "Id:         $first_id" || bad "resize: no record at 120x30"
if screen | grep -q '│Title:'; then ok; else bad "120x30: the record is not beside the list"; fi
$T resize-window -x 60 -y 20
wait_line 20 "^$nwant/$ntotal " || bad "60x20: no status line at the bottom"
wait_screen '────────' || bad "60x20: the record is not under the list"
s=$(screen)
if printf '%s\n' "$s" | grep -q '│'; then bad "60x20: the old layout is left on the screen"; printf '%s\n' "$s"; else ok; fi
if printf '%s\n' "$s" | sed -n 1p | grep -q '^Search: fishers'; then ok; else bad "60x20: no query line on top"; fi
if printf '%s\n' "$s" | sed -n 20p | grep -q "^$nwant/$ntotal "; then ok; else bad "60x20: no status line at the bottom"; printf '%s\n' "$s"; fi
if printf '%s\n' "$s" | grep -qF "$first_id"; then ok; else bad "60x20: the record is not shown"; fi
$T resize-window -x 40 -y 12
if wait_line 12 "^$nwant/$ntotal "; then ok; else bad "40x12: no status line at the bottom"; screen; fi
s=$(screen)
if printf '%s\n' "$s" | grep -q '^> '; then ok; else bad "40x12: no selected row"; printf '%s\n' "$s"; fi
$T resize-window -x 250 -y 80
wait_screen '│Title:' && ok || bad "250x80: the record is not beside the list"
if wait_count '│' 70; then ok; else bad "250x80: the rule is not full height"; fi
s=$(screen)
keys Escape
wait_exit || bad "resize: the browser did not end"
restored resize

# Signals: the terminal is given back, and the browser dies of them.
for sig in INT TERM; do
	start 80 24 browse
	text traff
	wait_screen 'Search: traff' || true
	kill -"$sig" "$(cat "$tmp/pid")"
	wait_exit || bad "SIG$sig: the browser did not end"
	case $sig in INT) want=130 ;; TERM) want=143 ;; esac
	expect_rc "SIG$sig" "$want"
	restored "SIG$sig"
	if [ -s "$tmp/out" ]; then bad "SIG$sig: standard output is not empty"; else ok; fi
done

# Hostile data: escapes shown, never sent; the screen keeps its shape.
start 100 24 --catalog "$catalogs/control.yaml" browse
s=$(screen)
for want in 'Bell\x07 and \x1b[31mred\x1b[0m,' '\u202eevil' 'line\ttwo\r'; do
	if printf '%s\n' "$s" | grep -qF -- "$want"; then ok; else
		bad "control.yaml: '$want' is not shown as a visible escape"
		printf '%s\n' "$s"
	fi
done
if printf '%s\n' "$s" | sed -n 24p | grep -q '^1/1 '; then ok; else bad "control.yaml: the status line moved"; printf '%s\n' "$s"; fi
keys Escape
wait_exit || true
start 60 20 --catalog "$catalogs/wide.yaml" browse
keys Down Up
wait_screen 'Id:         x' || true
s=$(screen)
if printf '%s\n' "$s" | grep -qF '人口贩运受害者的保护'; then ok; else bad "wide.yaml: the wide title is not shown"; printf '%s\n' "$s"; fi
if printf '%s\n' "$s" | sed -n 20p | grep -q '^2/2 '; then ok; else bad "wide.yaml: the status line moved"; printf '%s\n' "$s"; fi
keys Escape
wait_exit || true

# Into the shell: show $(browse fishers) shows what was picked.
new_server
rm -f "$tmp/shown" "$tmp/done"
$T new-session -d -x 100 -y 30 "env LANG=C.UTF-8 IOMPUBS_CATALOG= sh -c \
    '\"$bin\" show --no-pager \$(\"$bin\" browse fishers) > $tmp/shown 2>&1; \
    echo \$? > $tmp/done; exec sleep 600'"
wait_screen 'Search: fishers' || bad "show \$(browse): no browser"
keys Enter
i=0
while [ ! -s "$tmp/done" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
if grep -qF "Id:         $first_id" "$tmp/shown" && [ "$(cat "$tmp/done")" = 0 ]; then
	ok
else
	bad "show \$(browse fishers): not the first hit's record"
	cat "$tmp/shown"
fi

# The clipboard: OSC 52, which tmux takes into a buffer.
start 100 30 browse fishers
$T set-option -g set-clipboard on
keys y
wait_screen "of $first_id" || bad "y: the status does not say what was copied"
if [ "$($T show-buffer 2>/dev/null)" = "$first_id" ]; then ok; else
	bad "y: the clipboard holds '$($T show-buffer 2>/dev/null)', not $first_id"
fi
keys c
wait_screen 'citation of' || bad "c: the status does not say what was copied"
# The citation format, or BibTeX where there is none.
"$bin" show --format cite "$first_id" > "$tmp/cite" 2>/dev/null ||
    "$bin" show --format bibtex "$first_id" > "$tmp/cite"
$T show-buffer > "$tmp/clip" 2>/dev/null
if cmp -s "$tmp/cite" "$tmp/clip" ||
    { printf '\n' >> "$tmp/clip" && cmp -s "$tmp/cite" "$tmp/clip"; }; then
	ok
else
	bad "c: the clipboard does not hold the citation:"
	cat "$tmp/clip"
fi
keys Escape
wait_exit || true

# Memory running out while typing: the terminal back, then the message.
if [ -n "$failmalloc" ]; then
	ENVS="BROWSE_BIN=$failmalloc IOMPUBS_COUNT_ALLOCS=1"
	start 100 30 browse
	keys Escape
	wait_exit || true
	before=$(sed -n 's/^allocations: //p' "$tmp/err")
	start 100 30 browse
	text fish
	wait_screen 'Search: fish' || true
	keys Escape
	wait_exit || true
	after=$(sed -n 's/^allocations: //p' "$tmp/err")
	n=$(( (before + after) / 2 ))
	ENVS="BROWSE_BIN=$failmalloc IOMPUBS_FAIL_AT=$n IOMPUBS_FAIL_MODE=from"
	start 100 30 browse
	text fish
	wait_exit || bad "out of memory at allocation $n: the browser did not end"
	ENVS=
	expect_rc "out of memory" 2
	restored "out of memory"
	if [ "$(cat "$tmp/err")" = "iompubs: out of memory" ] && [ ! -s "$tmp/out" ]
	then ok; else
		bad "out of memory: stderr '$(cat "$tmp/err")', stdout '$(cat "$tmp/out")'"
	fi
fi

# No terminal at all: one line, status 2.
if command -v setsid >/dev/null 2>&1; then
	setsid "$bin" browse < /dev/null > "$tmp/out" 2> "$tmp/err"
	rc=$?
	if [ $rc = 2 ] && [ "$(wc -l < "$tmp/err")" = 1 ] && [ ! -s "$tmp/out" ]
	then ok; else
		bad "no terminal: status $rc, stderr: $(cat "$tmp/err")"
	fi
else
	echo "SKIP no-terminal case: it needs setsid"
fi

echo "browse (tmux): $checks checks, $([ $fail = 0 ] && echo 0 || echo some) failed"
exit $fail
