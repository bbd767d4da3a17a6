for q in "handbook workrs" "migrant handbook" "handboooks" "migrant-handbxxx" "migrant-hxxxxxxx"; do $IOMPUBS --catalog catalogs/suggest-scores.yaml show $q; done 2>&1
