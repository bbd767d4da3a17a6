$IOMPUBS show remediation-guidelines-2018 | sed -n "/^Abstract/,/^Notes/p"
