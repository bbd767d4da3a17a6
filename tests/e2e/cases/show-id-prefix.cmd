$IOMPUBS show investigating-human-trafficking --fields id,year; $IOMPUBS show "caring-for-trafficked-persons-f…" --fields id
