# edition.FIELD holds for an edition only; count() counts a list.
for e in 'edition.year = 2012' 'edition.language = ar' \
    'edition.language = zh and edition.year > 2009' 'has edition.isbn' \
    'year = 2012 and not has editions' 'count(languages) > 1' \
    'count(editions) = 4' 'count(isbn) = 0 and year < 2010' \
    'count(languages) >= 3 and count(isbn) >= 3'; do
	printf '%s: ' "$e"
	"$IOMPUBS" list -e "$e" | cut -f1 | tr "\n" " "
	echo
done
