$IOMPUBS --color=sometimes list
