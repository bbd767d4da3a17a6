# An abstract and notes given as empty strings: present but empty, in
# every format (csl-json leaves them out, as it does absent ones).
printf -- '- {id: e, title: Empty, year: 2000, abstract: "", notes: ""}\n' > "$TMPDIR/e.yaml"
for f in plain full json jsonl tsv csv yaml rec bibtex ris csl-json cite; do echo "== $f"; $IOMPUBS --catalog "$TMPDIR/e.yaml" list --format $f | sed -n l; done
