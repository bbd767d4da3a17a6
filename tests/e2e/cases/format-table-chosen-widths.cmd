for w in 100 60 45 36 28 20 12; do echo "width $w:"; $IOMPUBS --width $w list --format table --fields id,languages,title,year,pages --year 2015 --limit 4; done
