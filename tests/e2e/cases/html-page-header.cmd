$IOMPUBS --catalog catalogs/html-header.yaml list --format html | sed '/^<style>/,/^<\/style>/d; /^<script>/,/^<\/script>/d; /Content-Security-Policy/d' | sed -n '1,/<main/p;/<\/main>/,$p'
# A header with one field at a time still has its footer.
one() { printf 'catalog:\n%s\npublications:\n  - {id: a, title: A, year: 2000}\n' "$1" | $IOMPUBS --catalog - list --format html | sed -n '/<footer/,/<\/footer>/p'; }
for k in 'bookstore: "http://b.example"' 'email: "e@example.org"' 'address: A' 'telephone: "+1 2"' 'fax: "+3 4"' 'currencies: [EUR]' 'payment: [card]' 'how_to_order: H'; do one "  ordering:
    $k"; done
# A bookstore is a link only when it is a whole web address.
for b in 'http://' 'https://' 'http://x' 'https://x' 'ftp://x' 'javascript:alert(1)' 'http://a b'; do one "  ordering:
    bookstore: \"$b\"" | grep Bookstore; done
