$IOMPUBS list -l spa --fields id -y 2015..; $IOMPUBS list -l castellano --fields id -y 2015..; $IOMPUBS list -l castelano
