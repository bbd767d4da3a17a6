# Filters match a record when one of its editions passes them all:
# the handbook has an Arabic edition of 2012 and a Spanish one of 2012,
# but no Chinese edition after 2009.
"$IOMPUBS" list -l ar -y 2012 | cut -f1; echo "status $?"
"$IOMPUBS" list -l es --year 2010.. | cut -f1
"$IOMPUBS" list -l zh -y 2012; echo "status $?"
"$IOMPUBS" list -l ar -y 2009; echo "status $?"
"$IOMPUBS" list -e 'isbn = 9789290686408 and year = 2012' | cut -f1
