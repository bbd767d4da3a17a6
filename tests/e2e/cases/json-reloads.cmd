# json and yaml output always load again to the same records: the
# noncharacters U+FFFE and U+FFFF, which the loader refuses raw, are
# escaped like control characters.
printf 'publications:\n  - {id: a, title: "x\\uFFFE y\\uFFFF \\u0007 \\u2028", year: 2015}\n' > "$TMPDIR/c.yaml"
for f in json yaml; do
	$IOMPUBS --catalog "$TMPDIR/c.yaml" list --format $f > "$TMPDIR/out.$f"
	grep -c "$(printf '\357\277\276')" "$TMPDIR/out.$f"
	$IOMPUBS --catalog "$TMPDIR/out.$f" list --format jsonl
done
