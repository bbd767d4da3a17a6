$IOMPUBS --catalog catalogs/full.yaml list --format html | sed '/^<style>/,/^<\/style>/d; /^<script>/,/^<\/script>/d; /Content-Security-Policy/d'
