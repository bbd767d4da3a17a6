$IOMPUBS --color=auto list --year 2008; $IOMPUBS --color=auto show trafficking-of-men-belarus-ukraine-2008 | head -2; $IOMPUBS list --form tsv --fields id --year 2008; $IOMPUBS search -h | head -2
