# Regions typed without quotes: found by their names and by their words
# apart ("East Africa and the Horn" for "horn of africa"), the scores
# shown, so that how much each way weighs is pinned.
for s in "horn of africa" "east africa" "western balkans" "greater mekong" "central america" "middle east" "west africa" "caribbean region"; do printf '%s:' "$s"; $IOMPUBS search --format jsonl --limit 5 -- $s 2>&1 | sed 's/.*"id": "\([^"]*\)".*"score": \([0-9.e+-]*\).*/ \1 \2/' | tr -d '\n'; echo; done
