$IOMPUBS list -e "editions = 0"; echo "status $?"; $IOMPUBS list -e "editions != 0" | cut -f1
