# bash completion for iompubs(1)
#
# Completes commands, options and their values: years, languages and ids
# come from the catalogue in use (--catalog on the command line, else
# $IOMPUBS_CATALOG, else the built-in one).

_iompubs_catalog_field() {
	# $1: field of `list --format plain` (1 id, 2 year, 4 languages)
	iompubs "${_iompubs_catalog[@]}" list --format plain 2>/dev/null |
	    cut -f "$1" | { [ "$1" = 4 ] && tr -s ',' '\n' |
	    sed 's/^ *//' || cat; } | sort -u
}

_iompubs_values() {
	# Print the candidates for the value of option $1.
	case $1 in
	--year|-y)	_iompubs_catalog_field 2 ;;
	--language|-l)	_iompubs_catalog_field 4 ;;
	--available)	printf '%s\n' pdf hardcopy ;;
	--has)		printf '%s\n' id title year pages languages countries isbn eisbn \
			    issn price availability editions abstract notes url ;;
	--sort|-s)	printf '%s\n' year title pages id -year -title -pages \
			    -id ;;
	--format|-f)	printf '%s\n' plain table full json jsonl tsv csv yaml \
			    rec bibtex ris csl-json cite html template ;;
	--style)	printf '%s\n' apa chicago ;;
	--color|--colour) printf '%s\n' auto always never ;;
	--by|-b)	printf '%s\n' year decade language availability country ;;
	esac
}

_iompubs_commands=$'list\nshow\nsearch\nbrowse\nstats\ncheck\nabout\nhelp'

_iompubs() {
	local cur prev cmd i
	local -a _iompubs_catalog=() opts
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}

	cmd=
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		--catalog)
			_iompubs_catalog=(--catalog "${COMP_WORDS[i+1]}")
			((i++)) ;;
		--catalog=*)
			_iompubs_catalog=("${COMP_WORDS[i]}") ;;
		--year|-y|--language|-l|--available|--has|--title|-t|\
		--grep|-g|--sort|-s|--format|-f|--limit|-n|--fields|\
		--template|--expr|-e|--by|-b|--style|--country)
			((i++)) ;;
		-*)	;;
		*)	[ -z "$cmd" ] && cmd=${COMP_WORDS[i]} ;;
		esac
	done

	local IFS=$'\n'
	case $prev in
	--catalog)
		COMPREPLY=($(compgen -f -- "$cur"))
		return ;;
	--fields)
		# A comma-separated list: complete its last item.
		local pre=
		[[ $cur == *,* ]] && pre=${cur%,*},
		COMPREPLY=($(compgen -P "$pre" -W \
		    "$(_iompubs_values --has)" -- "${cur##*,}"))
		return ;;
	--year|-y|--language|-l|--available|--has|--sort|-s|--format|-f|\
	--by|-b|--style)
		COMPREPLY=($(compgen -W "$(_iompubs_values "$prev")" -- "$cur"))
		# Quote values with spaces ("Bosnia and Herzegovina").
		for i in "${!COMPREPLY[@]}"; do
			COMPREPLY[i]=$(printf '%q' "${COMPREPLY[i]}")
		done
		return ;;
	--title|-t|--grep|-g|--limit|-n|--template|--expr|-e|--width|\
	--country)
		return ;;
	esac
	case $cur in
	--color=*|--colour=*)
		COMPREPLY=($(compgen -P "${cur%%=*}=" -W \
		    "$(_iompubs_values --color)" -- "${cur#*=}"))
		return ;;
	esac

	opts=(--catalog --color --no-color --no-pager --width --help)
	case $cmd in
	"")
		opts+=(--version)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "${opts[*]}" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$_iompubs_commands" -- "$cur"))
		fi ;;
	list|search)
		opts+=(--year --language --available --has --title --grep
		    --expr --sort --reverse --format --fields --template
		    --csv-raw --style --bom --limit --country)
		[ "$cmd" = list ] && opts+=(--editions)
		[ "$cmd" = search ] && opts+=(--exact)
		COMPREPLY=($(compgen -W "${opts[*]}" -- "$cur")) ;;
	browse)
		opts+=(--year --language --available --has --title --grep
		    --expr --sort --reverse --limit --country)
		COMPREPLY=($(compgen -W "${opts[*]}" -- "$cur")) ;;
	stats)
		opts+=(--by --year --language --available --has --title --grep
		    --expr --country)
		COMPREPLY=($(compgen -W "${opts[*]}" -- "$cur")) ;;
	check)
		opts+=(--strict)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "${opts[*]}" -- "$cur"))
		else
			COMPREPLY=($(compgen -f -- "$cur"))
		fi ;;
	show)
		opts+=(--first --format --fields --template --csv-raw --style --bom)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "${opts[*]}" -- "$cur"))
		else
			COMPREPLY=($(compgen -W \
			    "$(_iompubs_catalog_field 1)" -- "$cur"))
		fi ;;
	help)
		COMPREPLY=($(compgen -W "$_iompubs_commands" -- "$cur")) ;;
	esac
}

complete -F _iompubs iompubs
