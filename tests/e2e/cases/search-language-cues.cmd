# The language a query is guessed in, by its little words and by its
# letters: "trata" (Spanish) and "traite" (French) weigh more in a query
# of their language, which the scores show.
for cue in '' au aux avec dans des du et la le les pour sur une con del el las los para por sobre una y zñz záz zíz zóz zúz zèz zêz zàz zçz zâz zîz zôz zûz zëz zïz 'la el' 'le el' 'la la el'; do for w in trata traite; do printf '%s %s:' "$cue" "$w"; $IOMPUBS search --format jsonl --limit 3 -- $cue $w | sed 's/.*"id": "\([^"]*\)".*"score": \([0-9.e+-]*\).*/ \1 \2/' | tr -d '\n'; echo; done; done
# A cue after the word, or among others, counts as much.
for q in 'trata la' 'traite le' 'trata el' 'traite et' 'trata y' 'trata zñz' 'traite zèz' 'personas trata la' 'traite des personnes' 'trata de personas' 'explotación laboral' 'Explotación Laboral trata' 'MIGRANTS et TRAITE' 'DÉPLACÉS traite'; do printf '%s:' "$q"; $IOMPUBS search --format jsonl --limit 3 -- $q | sed 's/.*"id": "\([^"]*\)".*"score": \([0-9.e+-]*\).*/ \1 \2/' | tr -d '\n'; echo; done
# And inside a quoted phrase, or a hyphenated word.
for q in '"trata de personas"' '"la traite des personnes"' '"explotación laboral"' 'anti-trata' 'contre-la-traite'; do printf '%s:' "$q"; $IOMPUBS search --format jsonl --limit 3 -- "$q" | sed 's/.*"id": "\([^"]*\)".*"score": \([0-9.e+-]*\).*/ \1 \2/' | tr -d '\n'; echo; done
