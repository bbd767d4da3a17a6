$IOMPUBS stats --by language | awk -F "\t" 'NR > 1 { n += $2 } END { print n }'
