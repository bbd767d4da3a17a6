$IOMPUBS show --format yaml trafficking-of-men-belarus-ukraine-2008
