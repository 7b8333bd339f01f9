# bash completion for dateline-search and dateline-index.
# Options, their choices and the commands are read from the program's own --help, so what the
# help lists completes (a new option or command included) without editing this file.

# Option names of `PROGRAM [COMMAND] --help`: the entries of its Options block.
_dateline_options()
{
    "$@" --help 2>/dev/null | sed -nE 's/^  (-[^ ]+).*/\1/p' | tr ',' '\n'
}

# The choices an option's help term spells out: "--format text|json=text", "--shard-by TEXT:{year}".
_dateline_choices()
{
    local program=$1 option=$2
    "$program" --help 2>/dev/null | sed -nE "s/^  (-[a-z],)?$option ([^ ]+).*/\2/p" |
        sed -nE 's/^[A-Z]+:\{(.*)\}$/\1/p; s/=[^|]*$//; /\|/p' | tr ',|' '\n\n' | grep -v '^$'
}

# The commands the help's "Commands, as the first word:" footer names.
_dateline_commands()
{
    "$1" --help 2>/dev/null | sed -nE '/^Commands, as the first word:/,/^[^ ]/s/^  ([a-z][a-z-]*) .*/\1/p'
}

# The fields `values --help` names for its FIELD.
_dateline_fields()
{
    "$1" values --help 2>/dev/null | sed -nE 's/^  FIELD [A-Z ]+ +//p' | tr -d ' ' | tr ',' '\n'
}

# Values of a field in the index the command line names, asked of the index itself; given up
# after a second (a large or remote index must not hang the prompt).
_dateline_values()
{
    local program=$1 field=$2 prefix=$3
    shift 3
    timeout 1 "$program" "$@" values "$field" --prefix "$prefix" --limit 200 --format csv 2>/dev/null |
        tr -d '\r' | tail -n +2 | sed -E 's/,[0-9]+$//; s/^"(.*)"$/\1/; s/""/"/g'
}

_dateline()
{
    local program=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()
    local -a commands=() db=()
    mapfile -t commands < <(_dateline_commands "$program")
    local command= i
    if ((COMP_CWORD > 1)) && [[ " ${commands[*]} " == *" ${COMP_WORDS[1]} "* ]]; then
        command=${COMP_WORDS[1]}
    fi
    for ((i = 1; i < COMP_CWORD; i++)); do
        [[ ${COMP_WORDS[i]} == --db ]] && db+=(--db "${COMP_WORDS[i + 1]}")
    done

    case $prev in
        --db | --report | --queries)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            compopt -o filenames 2>/dev/null
            return ;;
        --speaker | --location | --agency | --organization)
            local -a values
            mapfile -t values < <(_dateline_values "$program" "${prev#--}" "$cur" "${db[@]}")
            local v
            for v in "${values[@]}"; do COMPREPLY+=("$(printf '%q' "$v")"); done
            return ;;
    esac
    if [[ $prev == -* ]]; then
        local -a choices
        mapfile -t choices < <(_dateline_choices "$program" "$prev")
        if ((${#choices[@]})); then
            mapfile -t COMPREPLY < <(compgen -W "${choices[*]}" -- "$cur")
            return
        fi
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_dateline_options "$program" $command)" -- "$cur")
    elif ((COMP_CWORD == 1)) && ((${#commands[@]})) && [[ $program != *dateline-index ]]; then
        mapfile -t COMPREPLY < <(compgen -W "${commands[*]}" -- "$cur")
    elif ((COMP_CWORD == 1)) && [[ $program == *dateline-index ]]; then
        mapfile -t COMPREPLY < <(compgen -W "${commands[*]}" -- "$cur"; compgen -f -- "$cur")
        compopt -o filenames 2>/dev/null
    elif [[ $command == values && $prev == values ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_dateline_fields "$program")" -- "$cur")
    elif [[ $program == *dateline-index ]]; then
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        compopt -o filenames 2>/dev/null
    fi
}
complete -F _dateline dateline-search dateline-index
