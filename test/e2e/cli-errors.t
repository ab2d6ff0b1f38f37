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

$ folio show one two
2> folio: too many arguments for 'show': expected 1 argument but got 2
? 2

$ folio --version
> <version>

$ folio
> Usage: folio [options] [command]
>
> Index, search, read and publish a folder of Markdown articles.
>
> Options:
>   -V, --version                print the version
>   -C, --dir <path>             archive folder (default: $FOLIO_DIR, else the
>                                current folder)
>   --index <file>               index file (default: <dir>/.folio/index.db)
>   --color                      always colour the output
>   --no-color                   never colour the output (also: NO_COLOR=1)
>   --debug                      print stack traces of errors
>   -h, --help                   show help
>
> Commands:
>   list|ls [options]            list articles, newest first
>   search [options] <query...>  search the articles: best matches first, each
>                                with a line of text around the match
>   tags [options]               list tags with the number of articles carrying
>                                each
>   show [options] <article>     read an article in the terminal
>   new [options] <title>        write a new article with frontmatter, print its
>                                path, and open it in your editor
>   edit <article>               open an article in your editor ($VISUAL, else
>                                $EDITOR)
>   links [options] <article>    the articles an article links to, and those
>                                linking to it
>   related [options] <article>  the articles closest to an article: shared tags
>                                first, then its distinctive words
>   serve [options]              preview the exported site in a browser; it
>                                reloads as you save articles
>   watch                        keep the index current as files change, so other
>                                commands skip their scan
>   completion <shell>           print a shell completion script (bash, zsh or
>                                fish)
>   index [options]              bring the index up to date and print a summary
>   check                        validate the archive: one "path:line: message"
>                                per problem
>   import [options] <paths...>  turn saved web pages (.html, .htm) and text files
>                                (.txt) into articles
>   export                       publish the archive: a static site (html) or
>                                records (json)
>   help [command]               display help for command
>
> Examples:
>   folio list                            articles of this folder, newest first
>   folio list -C ~/blog --tag travel     articles tagged "travel" in ~/blog
>   folio list --format json | jq .       records for scripts
>   folio search belarus -russia          about Belarus, not mentioning Russia
>   folio show keeping-an-archive         read one (by slug, path, or their start)
>   folio related keeping-an-archive      the articles closest to it
>   folio tags                            tags and how many articles carry each
>   folio check                           broken frontmatter, dates, slugs, links
>   folio import ~/saved --into imported  saved web pages and texts as articles
>   folio new "A walk in Minsk"           start an article (opens your editor)
>   folio serve                           preview the site; pages reload as you save
>   folio export html --out site          publish the archive as a static site
>
> Exit status: 0 success; 1 nothing matched (search), problems found (check) or
> some pages failed (import); 2 error.

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
>   --orphans                only articles that no other article links to
>   -h, --help               show help
>
> Examples:
>   folio list --tag politics --since 2024
>   folio list --author latushka --sort title
>   folio list --where lang=ru --format paths | xargs wc -w
>   folio list --drafts --sort updated --limit 10
>   folio list --orphans --format paths       articles no other article links to

$ folio list --index notes
2> folio: <root>/notes: is a folder; the index is a file (for example <root>/notes/index.db)
? 2

$ folio help lsit
2> folio: unknown command 'lsit' (did you mean list?)
? 2
