# A record with every field (and some with few), in every format.
c=catalogs/full.yaml
for f in plain table full json jsonl tsv csv yaml rec bibtex ris csl-json cite; do echo "== $f"; $IOMPUBS --catalog $c list --format $f; done
echo "== cite chicago"; $IOMPUBS --catalog $c list --format cite --style chicago
echo "== csv --bom --csv-raw"; $IOMPUBS --catalog $c list --format csv --bom --csv-raw | sed -n 1,2l
echo "== template"; $IOMPUBS --catalog $c list --template '{id}|{title}|{year}|{pages}|{languages}|{countries}|{isbn}|{eisbn}|{issn}|{price}|{availability}|{editions}|{url}|{notes}'
echo "== editions"; $IOMPUBS --catalog $c list --editions --format tsv
