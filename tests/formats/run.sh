#!/bin/sh
# run.sh: every output format, read back by a real consumer.
echo "formats: no tests yet"
