$IOMPUBS show explotacion laboral | head -3
