$IOMPUBS show --first A broken dream --fields id
