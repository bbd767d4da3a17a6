# Matches of an id condition are not highlighted, in the id nor in the
# lists, numbers and editions that show writes joined: only the title,
# abstract and notes are highlighted.
$IOMPUBS --catalog catalogs/full.yaml --color=always list --format full -e "id ~ 'e' or id : 2 or title : record" | sed -n l
