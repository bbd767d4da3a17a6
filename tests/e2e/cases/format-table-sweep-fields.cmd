for w in $(seq 1 110); do echo "width $w:"; $IOMPUBS --width $w list --format table --fields year,id,languages,pages,title --year 2014 --limit 2; done
