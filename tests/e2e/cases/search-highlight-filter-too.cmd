$IOMPUBS search trafficking --title caribbean --color=always --format full --fields title
