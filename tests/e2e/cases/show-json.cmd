$IOMPUBS show --format json trafficking-of-men-belarus-ukraine-2008
