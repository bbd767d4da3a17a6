$IOMPUBS --catalog catalogs/escapes.yaml list --format html | sed '/^<style>/,/^<\/style>/d; /^<script>/,/^<\/script>/d; /Content-Security-Policy/d' | sed -n l
