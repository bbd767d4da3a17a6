cd $TMPDIR; mkfifo pipe; (sleep 1; cat $OLDPWD/catalogs/small.yaml > pipe) & $IOMPUBS --catalog pipe list; mkfifo empty; $IOMPUBS --catalog empty list
