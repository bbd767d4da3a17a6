$IOMPUBS list --format html --language fr --language es --sort id | sed '/^<style>/,/^<\/style>/d; /^<script>/,/^<\/script>/d; /Content-Security-Policy/d'
