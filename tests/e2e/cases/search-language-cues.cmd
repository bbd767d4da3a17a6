# The language a query is guessed in, by its little words and by its
# letters: "trata" (Spanish) and "traite" (French) weigh more in a query
# of their language, which the scores show.
for cue in '' au aux avec dans des du et la le les pour sur une con del el las los para por sobre una y zñz záz zíz zóz zúz zèz zêz zàz zçz zâz zîz zôz zûz zëz zïz 'la el' 'le el' 'la la el'; do for w in trata traite; do printf '%s %s:' "$cue" "$w"; $IOMPUBS search --format jsonl --limit 3 -- $cue $w | sed 's/.*"id": "\([^"]*\)".*"score": \([0-9.e+-]*\).*/ \1 \2/' | tr -d '\n'; echo; done; done
