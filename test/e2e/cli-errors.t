# fixture: basic
# Usage errors exit 2 with one line on stderr; help and version exit 0.

$ folio list --sort sideways
2> folio: --sort sideways: expected one of date, title, path, words, updated
? 2

$ folio list --limit 0
2> folio: --limit 0: expected a whole number of at least 1
? 2

$ folio list --since yesterday
2> folio: --since yesterday: expected a date as YYYY-MM-DD, YYYY-MM or YYYY
? 2

$ folio list --since 2024 --until 2023
2> folio: --since 2024 is after --until 2023
? 2

$ folio list --where nokey
2> folio: --where nokey: expected key=value (a frontmatter field, dots for nested fields)
? 2

$ folio list --format xml
2> folio: --format xml: expected one of table, json, jsonl, paths
? 2

$ folio list --bogus
2> folio: unknown option '--bogus'
? 2

$ folio lsit
2> folio: unknown command 'lsit' (did you mean list?)
? 2

$ folio list -C does-not-exist
2> folio: does-not-exist: no such folder
? 2

$ FOLIO_DIR=does-not-exist folio list
2> folio: does-not-exist: no such folder
? 2

$ folio --version
> <version>

$ folio list --help
> Usage: folio list|ls [options]
>
> list articles, newest first
>
> Options:
>   -t, --tag <tag>          only articles with this tag (repeat: all must match)
>   -a, --author <name>      only articles by an author whose name contains this
>   --since <date>           only articles dated on or after this day (YYYY-MM-DD,
>                            YYYY-MM or YYYY)
>   --until <date>           only articles dated on or before this day
>   -w, --where <key=value>  only articles whose frontmatter field equals this
>                            (repeatable)
>   --drafts                 include drafts (hidden by default)
>   -s, --sort <key>         order by date, title, path, words, updated (default:
>                            date)
>   -r, --reverse            reverse the order
>   -n, --limit <n>          show at most this many
>   -f, --format <format>    output format: table, json, jsonl, paths (default:
>                            "table")
>   -h, --help               show help
>
> Examples:
>   folio list --tag politics --since 2024
>   folio list --author latushka --sort title
>   folio list --where lang=ru --format paths | xargs wc -w
>   folio list --drafts --sort updated --limit 10
