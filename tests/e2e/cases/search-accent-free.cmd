$IOMPUBS search explotacion laboral; $IOMPUBS search etat des lieux -n 1
