$IOMPUBS --color never list -y 2018 -f table && $IOMPUBS list -y 2018 -f table --color ALWAYS --fields id && $IOMPUBS list -y 2018 -f table --no-color --fields id
