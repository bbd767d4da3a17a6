$IOMPUBS search atención de salud a víctimas de trata -n 3 | cut -f1; $IOMPUBS search trata de personas con fines de explotación laboral -n 1 | cut -f1
