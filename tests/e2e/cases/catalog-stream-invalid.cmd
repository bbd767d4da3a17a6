# Any source is read in blocks, and the first invalid byte ends the
# reading: /dev/zero and 100 MB of zeros on a pipe are refused at 1:1
# without reading the rest (timeout: a regression reads gigabytes).
timeout 10 $IOMPUBS --catalog /dev/zero list; echo "status $?"
head -c 100000000 /dev/zero | timeout 10 $IOMPUBS --catalog - list; echo "status $?"
printf 'publications:\n  - {id: a, title: "caf\303\251 \377", year: 2015}\n' |
    $IOMPUBS --catalog - list; echo "status $?"
