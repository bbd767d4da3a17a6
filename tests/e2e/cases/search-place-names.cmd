$IOMPUBS search Vietnam | cut -f1; $IOMPUBS search 'Viêt Nam' | cut -f1; $IOMPUBS search West Africa | cut -f1; $IOMPUBS search Southeast Asia -n 3 | cut -f1
