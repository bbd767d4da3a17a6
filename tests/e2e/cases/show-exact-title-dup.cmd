$IOMPUBS show "human trafficking and exploitation: manual for teachers" | grep -E "^(Id|Pages):"
