# Every judged query of tests/search (eval.py's), its ranking whole: a
# change of relevance is re-blessed deliberately, with eval.py's figures.
tail -n +2 ../search/queries.tsv | cut -f1,3 | while IFS='	' read -r qid q; do echo "$qid: $q"; $IOMPUBS search --format tsv --fields id,year -- $q 2>&1; echo "status $?"; done
