$IOMPUBS list --template '{year} {tilte}'
