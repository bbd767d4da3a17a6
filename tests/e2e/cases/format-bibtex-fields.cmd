$IOMPUBS show --format bibtex --fields id x
