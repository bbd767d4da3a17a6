# A catalogue without a header: about says what it can.
"$IOMPUBS" --catalog catalogs/no-ids.yaml about
