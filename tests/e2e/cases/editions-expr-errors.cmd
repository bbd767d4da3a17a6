for e in 'edition = 2012' 'languages > 1' 'edition.title = x' \
    'edition.yaer = 2012' 'count(title) > 1' 'count(languages > 1' \
    'count(languages) ~ 1' 'count(languages) > many' \
    'count(edition.year) > 1'; do
	"$IOMPUBS" list -e "$e"; echo "status $?"
done
