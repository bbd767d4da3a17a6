#!/bin/sh
# run.sh: every output format, read back by a real consumer.
#
#	tests/formats/run.sh BINARY
#
# For the built-in catalogue and for catalogues of hostile text (control
# characters, bidirectional overrides, quotes, LaTeX specials, formula
# prefixes, trailing backslashes):
#
#   yaml	iompubs loads what it wrote to the same records (compared
#		through json), and writes the same yaml again;
#   template	{field}s give what plain gives;
#   python	check.py reads jsonl (json), tsv, csv (csv), ris and bibtex
#		and compares them with the records of json;
#   pyyaml	check.py reads yaml with PyYAML, header included;
#   rec		check.py reads rec with recfix, recinf and recsel;
#   bibtool	bibtool reads bibtex without a complaint;
#   bibtex	the real bibtex, with the plain, alpha and apalike styles,
#		renders every entry under its key (the built-in catalogue:
#		with no warning, every title as written);
#   pandoc	pandoc reads csl-json: every item, its id and title; and
#		cite.py: `--format cite` equals pandoc --citeproc's rendering
#		of our csl-json with apa.csl and chicago-author-date.csl, for
#		every record of the built-in catalogue and of cite.yaml.
#
# A consumer that is not installed is skipped, saying so; the test fails
# if any check that ran failed.

set -u
[ $# -eq 1 ] || { echo "usage: run.sh BINARY" >&2; exit 2; }
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cd "$top" || exit 2

scratch=$(mktemp -d "${TMPDIR:-/tmp}/iompubs-formats.XXXXXX") || exit 2
trap 'rm -rf "$scratch"' EXIT INT TERM

# The catalogues: "" is the built-in one, from data/catalog.yaml.
catalogs=" tests/e2e/catalogs/control.yaml tests/e2e/catalogs/wide.yaml
    tests/e2e/catalogs/small.yaml tests/e2e/catalogs/no-ids.yaml
    tests/e2e/catalogs/full.yaml tests/e2e/catalogs/yaml-blocks.yaml
    tests/formats/hostile.yaml tests/formats/hostile-cite.yaml"

pass=0
fail=0
skip=0

ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
skipped() { echo "SKIP $*"; skip=$((skip + 1)); }

# iompubs on catalogue $cat ("" for the built-in one)
iompubs() {
	if [ -n "$cat" ]; then
		"$bin" --catalog "$cat" "$@"
	else
		"$bin" "$@"
	fi
}

name_of() { echo "${cat:-built-in catalogue}"; }
source_of() { echo "${cat:-data/catalog.yaml}"; }

# Which consumers there are; say once what is skipped and why.
have() { command -v "$1" >/dev/null 2>&1; }
python=0 pyyaml=0 rec=0 bib=0 bibtex=0 pandoc=0
if have python3; then
	python=1
else
	skipped "jsonl, tsv, csv, ris and bibtex read back: they need python3"
fi
if [ $python = 1 ] && python3 -c 'import yaml' 2>/dev/null; then
	pyyaml=1
else
	skipped "yaml read by PyYAML: it needs python3 with PyYAML" \
	    "(Debian: python3-yaml)"
fi
if have recsel && have recinf && have recfix && [ $python = 1 ]; then
	rec=1
else
	skipped "rec read by recsel, recinf and recfix: it needs recutils" \
	    "(Debian: recutils) and python3"
fi
if have bibtool; then
	bib=1
else
	skipped "bibtex read by bibtool: it needs bibtool (Debian: bibtool)"
fi

if have bibtex && have kpsewhich && [ $python = 1 ] &&
    kpsewhich plain.bst alpha.bst apalike.bst >/dev/null 2>&1; then
	bibtex=1
else
	skipped "bibtex with plain, alpha and apalike: it needs bibtex and" \
	    "its styles (Debian: texlive-binaries, texlive-base) and python3"
fi
if have pandoc && [ $python = 1 ] &&
    [ -f /usr/share/citation-style-language/styles/apa.csl ]; then
	pandoc=1
else
	skipped "csl-json and cite read by pandoc: they need pandoc and the" \
	    "CSL styles (Debian: pandoc, citation-style-language-styles)"
fi

for cat in "" $catalogs; do
	iompubs list --format json >"$scratch/json" || {
		bad "$(name_of): list --format json"; continue; }

	# yaml: loaded back, the same records; written again, the same text.
	iompubs list --format yaml >"$scratch/yaml"
	if iompubs list --format yaml | "$bin" --catalog - list --format json |
	    cmp -s - "$scratch/json"; then
		ok
	else
		bad "$(name_of): yaml does not load back to the same records"
	fi
	if "$bin" --catalog - list --format yaml <"$scratch/yaml" |
	    cmp -s - "$scratch/yaml"; then
		ok
	else
		bad "$(name_of): yaml written again differs"
	fi

	# template: the fields of plain, in plain's order.
	iompubs list --format plain >"$scratch/plain"
	if iompubs list --template \
	    '{id}\t{year}\t{pages}\t{languages}\t{title}' |
	    cmp -s - "$scratch/plain"; then
		ok
	else
		bad "$(name_of): template differs from plain"
	fi

	if [ $python = 1 ]; then
		python3 "$here/check.py" python "$bin" "$cat" && ok ||
		    bad "$(name_of): python read back"
	fi
	if [ $pyyaml = 1 ]; then
		python3 "$here/check.py" pyyaml "$bin" "$cat" "$(source_of)" &&
		    ok || bad "$(name_of): PyYAML read back"
	fi
	if [ $rec = 1 ]; then
		python3 "$here/check.py" rec "$bin" "$cat" && ok ||
		    bad "$(name_of): rec read back"
	fi
	if [ $bib = 1 ]; then
		# bibtool quietly skips a file whose name lacks ".bib".
		iompubs list --format bibtex >"$scratch/out.bib"
		n=$(grep -c '"id":' "$scratch/json")
		got=$(cd "$scratch" && bibtool -q out.bib 2>bibtool |
		    grep -c '^@')
		if [ -s "$scratch/bibtool" ]; then
			bad "$(name_of): bibtool complains:"
			head -20 "$scratch/bibtool"
		elif [ "$got" != "$n" ]; then
			bad "$(name_of): bibtool read $got entries, not $n"
		else
			echo "bibtool, $(name_of): $got entries, no complaint"
			ok
		fi
	fi

	if [ $bibtex = 1 ]; then
		# The built-in catalogue must not make bibtex warn at all.
		how=bibtex
		[ -n "$cat" ] || how=bibtex-strict
		python3 "$here/check.py" $how "$bin" "$cat" && ok ||
		    bad "$(name_of): bibtex read back"
	fi
	if [ $pandoc = 1 ]; then
		python3 "$here/check.py" pandoc "$bin" "$cat" && ok ||
		    bad "$(name_of): pandoc read back"
	fi
done

if [ $pandoc = 1 ]; then
	for cat in "" tests/formats/cite.yaml; do
		python3 "$here/cite.py" "$bin" "$cat" && ok ||
		    bad "$(name_of): cite differs from pandoc --citeproc"
	done
fi

# The examples of the brief and the manual, on the built-in catalogue.
cat=
if [ $rec = 1 ]; then
	iompubs list --format rec >"$scratch/rec"
	got=$(recsel -e "year = 2015" -P id "$scratch/rec" | grep -c .)
	[ "$got" = 6 ] && ok || bad "recsel -e 'year = 2015': $got ids, not 6"
	got=$(recinf "$scratch/rec")
	[ "$got" = "39 Publication" ] && ok || bad "recinf: $got"
	got=$(recsel -i -q caribbean -P id "$scratch/rec" | grep .)
	[ "$got" = "$(iompubs list --grep caribbean --fields id)" ] && ok ||
	    bad "recsel -i -q caribbean: not the records of --grep caribbean"
fi

# list --editions: a row an edition, 42 for the shipped catalogue, in
# csv and json as their readers count them.
if [ $python = 1 ]; then
	got=$(iompubs list --editions --format csv | python3 -c \
	    'import csv, sys; print(len(list(csv.reader(sys.stdin))) - 1)')
	[ "$got" = 42 ] && ok || bad "list --editions --format csv: $got rows"
	got=$(iompubs list --editions --format json | python3 -c \
	    'import json, sys; print(len(json.load(sys.stdin)))')
	[ "$got" = 42 ] && ok || bad "list --editions --format json: $got rows"
	got=$(iompubs list --editions --format csl-json | python3 -c \
	    'import json, sys; print(len({i["id"] for i in json.load(sys.stdin)}))')
	[ "$got" = 42 ] && ok || bad "list --editions --format csl-json: $got ids"
fi

echo "formats: $pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
