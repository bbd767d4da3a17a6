# A formatted reference a line: APA by default, Chicago; a book and a
# report (Chicago quotes a report's title and sets it in title case).
"$IOMPUBS" show --format cite 978-92-9068-466-4
"$IOMPUBS" show --format cite --style apa rights-residence-rehabilitation-2010
"$IOMPUBS" show --format cite --style chicago 978-92-9068-466-4
"$IOMPUBS" list --format cite --style chicago --year 2011
