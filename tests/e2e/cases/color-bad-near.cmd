$IOMPUBS --color=alwys list; $IOMPUBS --color= list; true
