$IOMPUBS show --format bibtex caring-for-trafficked-persons-2009; $IOMPUBS --catalog catalogs/control.yaml list --format bibtex
