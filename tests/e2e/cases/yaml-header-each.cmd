# A header with only one of its fields is still written back whole.
one() { printf 'catalog:\n%s\npublications:\n  - {id: a, title: A, year: 2000}\n' "$1" | $IOMPUBS --catalog - list --format yaml | sed -n '/^publications/q;p'; }
one '  title: T'; one '  publisher: P'; one '  edition: E'; one '  notes: N'
for k in 'bookstore: "http://b.example"' 'email: "e@example.org"' 'address: A' 'telephone: "+1 2"' 'fax: "+3 4"' 'currencies: [EUR]' 'payment: [card]' 'how_to_order: H'; do one "  ordering:
    $k"; done
echo "no header:"; printf -- '- {id: a, title: A, year: 2000}\n' | $IOMPUBS --catalog - list --format yaml
