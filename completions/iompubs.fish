# fish completion for iompubs(1)

function __iompubs_field --argument-names n
    # field n of `list --format plain`: 1 id, 2 year, 4 languages
    set -l cat
    set -l tokens (commandline -opc)
    if set -l i (contains -i -- --catalog $tokens)
        set cat --catalog $tokens[(math $i + 1)]
    end
    iompubs $cat list --format plain 2>/dev/null | cut -f $n | string split ', ' | sort -u
end

set -l cmds list show search browse stats check about help
complete -c iompubs -f
complete -c iompubs -n "not __fish_seen_subcommand_from $cmds" -a list -d 'list publications, filtered and sorted'
complete -c iompubs -n "not __fish_seen_subcommand_from $cmds" -a show -d 'show whole records by id, ISBN, ISSN or title'
complete -c iompubs -n "not __fish_seen_subcommand_from $cmds" -a search -d 'find publications by topic, best first'
complete -c iompubs -n "not __fish_seen_subcommand_from $cmds" -a browse -d 'pick publications on a full screen, searching as you type'
complete -c iompubs -n "not __fish_seen_subcommand_from $cmds" -a stats -d 'count publications by year, decade, language or availability'
complete -c iompubs -n "not __fish_seen_subcommand_from $cmds" -a check -d 'check a catalogue for errors and oddities'
complete -c iompubs -n "not __fish_seen_subcommand_from $cmds" -a about -d 'the catalogue, its ordering and contents'
complete -c iompubs -n "not __fish_seen_subcommand_from $cmds" -a help -d 'show help'
complete -c iompubs -n "not __fish_seen_subcommand_from $cmds" -l version -d 'show the version'

complete -c iompubs -l catalog -r -F -d 'read this catalogue'
complete -c iompubs -l color -x -a 'auto always never' -d 'colour'
complete -c iompubs -l no-color -d 'no colour'
complete -c iompubs -l no-pager -d 'do not page long output'
complete -c iompubs -l width -x -d 'fit output to this many columns'
complete -c iompubs -s h -l help -d 'show help'

complete -c iompubs -n '__fish_seen_subcommand_from list search browse stats' -s y -l year -x -a '(__iompubs_field 2)' -d 'published in'
complete -c iompubs -n '__fish_seen_subcommand_from list search browse stats' -s l -l language -x -a '(__iompubs_field 4)' -d 'available in'
complete -c iompubs -n '__fish_seen_subcommand_from list search browse stats' -l available -x -a 'pdf hardcopy' -d 'available as'
complete -c iompubs -n '__fish_seen_subcommand_from list search browse stats' -l has -x -a 'id title year pages languages countries isbn eisbn issn price availability editions abstract notes url' -d 'has a value for'
complete -c iompubs -n '__fish_seen_subcommand_from list search browse stats' -l country -x -d 'about a country or region'
complete -c iompubs -n '__fish_seen_subcommand_from search' -l exact -d 'the words as typed, no expansions'
complete -c iompubs -n '__fish_seen_subcommand_from list search browse stats' -s t -l title -x -d 'title contains'
complete -c iompubs -n '__fish_seen_subcommand_from list search browse stats' -s g -l grep -x -d 'title or abstract matches'
complete -c iompubs -n '__fish_seen_subcommand_from list search browse' -s s -l sort -x -a 'year title pages id -year -title -pages -id' -d 'sort by'
complete -c iompubs -n '__fish_seen_subcommand_from list search browse' -s r -l reverse -d 'reverse the order'
complete -c iompubs -n '__fish_seen_subcommand_from list search' -s f -l format -x -a 'plain table full json jsonl tsv csv yaml rec bibtex ris csl-json cite html template' -d 'output format'
complete -c iompubs -n '__fish_seen_subcommand_from list show search' -l fields -x -a 'id title year pages languages isbn eisbn issn price availability editions abstract notes url' -d 'the fields to write'
complete -c iompubs -n '__fish_seen_subcommand_from list show search' -l template -x -d 'write each record as TEXT'
complete -c iompubs -n '__fish_seen_subcommand_from list show search' -l csv-raw -d 'csv: no formula guard'
complete -c iompubs -n '__fish_seen_subcommand_from list show search' -l style -x -a 'apa chicago' -d 'cite: citation style'
complete -c iompubs -n '__fish_seen_subcommand_from list' -l editions -d 'a row for each edition'
complete -c iompubs -n '__fish_seen_subcommand_from list show search' -l bom -d 'csv: a byte-order mark for Excel'
complete -c iompubs -n '__fish_seen_subcommand_from list search browse' -s n -l limit -x -d 'at most N records'

complete -c iompubs -n '__fish_seen_subcommand_from list search browse stats' -s e -l expr -x -d 'filter expression'
complete -c iompubs -n '__fish_seen_subcommand_from stats' -s b -l by -x -a 'year decade language availability country' -d 'count by'
complete -c iompubs -n '__fish_seen_subcommand_from check' -s W -l strict -d 'count warnings as errors'
complete -c iompubs -n '__fish_seen_subcommand_from check' -F -d 'catalogue file'

complete -c iompubs -n '__fish_seen_subcommand_from show' -l first -d 'only the best match'
complete -c iompubs -n '__fish_seen_subcommand_from show' -s f -l format -x -a 'full plain table json jsonl tsv csv yaml rec bibtex ris csl-json cite html template' -d 'output format'
complete -c iompubs -n '__fish_seen_subcommand_from show' -a '(__iompubs_field 1)' -d 'id'
complete -c iompubs -n '__fish_seen_subcommand_from help' -a "$cmds"
