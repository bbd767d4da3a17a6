$IOMPUBS show --fields id,title a-broken-dream-2013-reintegration 978-92-9068-466-4 bali-process-2014
