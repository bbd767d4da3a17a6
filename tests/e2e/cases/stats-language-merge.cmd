# Spellings of one language count together, under the first one; a
# record counts once however often it names a language; unknown
# languages group by their folded spelling; no languages: "none".
$IOMPUBS --catalog - stats --by language <<'YAML'
publications:
  - {title: A, year: 2015, languages: [Spanish, es, español]}
  - {title: B, year: 2015, languages: [ES, English]}
  - {title: C, year: 2015, languages: [espagnol, Dothraki]}
  - {title: D, year: 2015, languages: [DOTHRAKI, "Tab\there"]}
  - {title: E, year: 2015, languages: [english]}
  - {title: F, year: 2015}
YAML
