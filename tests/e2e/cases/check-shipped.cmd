$IOMPUBS check ../../data/catalog.yaml
