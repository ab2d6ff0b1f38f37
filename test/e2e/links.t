# fixture: writer
# `folio links` and `list --orphans`: relative Markdown links between articles, in both directions, read from
# the index; a link to a file the archive does not hold is listed as missing.

$ folio links garden-notes
> Garden notes  garden-notes.md
> links to (2):
>   notes/seed-list.md  Seed list
>   notes/compost.md    Compost
> linked from (1):
>   notes/seed-list.md  Seed list

$ folio links notes/compost.md
> Compost  notes/compost.md
> links to (1):
>   notes/nowhere.md  (no such article)
> linked from (1):
>   garden-notes.md   Garden notes

$ folio links lone
> A lone walk  lone-walk.md
> links to (0): none
> linked from (0): none

$ folio links garden-notes --format paths
> notes/seed-list.md
> notes/compost.md

$ folio -C notes links seed-list
> Seed list  seed-list.md
> links to (1):
>   ../garden-notes.md  (outside the archive)
> linked from (0): none

$ folio links compost --format json
> {
>   "article": {
>     "id": "notes__compost",
>     "slug": "compost",
>     "path": "notes/compost.md",
>     "title": "Compost",
>     "date": "2024-02-11",
>     "dateSource": "frontmatter",
>     "updated": null,
>     "authors": [
>       "Ada Byron"
>     ],
>     "tags": [
>       "garden",
>       "soil"
>     ],
>     "summary": "Turn the heap every two weeks. A missing page is not an article.",
>     "draft": false,
>     "lang": null,
>     "words": 14,
>     "readingMinutes": 1,
>     "data": {
>       "title": "Compost",
>       "date": "2024-02-11",
>       "tags": [
>         "garden",
>         "soil"
>       ]
>     }
>   },
>   "linksTo": [],
>   "missing": [
>     "notes/nowhere.md"
>   ],
>   "linkedFrom": [
>     {
>       "id": "garden-notes",
>       "slug": "garden-notes",
>       "path": "garden-notes.md",
>       "title": "Garden notes",
>       "date": "2024-04-02",
>       "dateSource": "frontmatter",
>       "updated": null,
>       "authors": [
>         "Ada Byron"
>       ],
>       "tags": [
>         "garden",
>         "spring"
>       ],
>       "summary": "The tomatoes went in today. See the seed list for what was sown, and the compost heap for the soil.",
>       "draft": false,
>       "lang": null,
>       "words": 28,
>       "readingMinutes": 1,
>       "data": {
>         "title": "Garden notes",
>         "date": "2024-04-02",
>         "tags": [
>           "garden",
>           "spring"
>         ]
>       }
>     }
>   ]
> }

$ folio links nowhere-at-all
2> folio: no article matches 'nowhere-at-all'
? 2

$ folio links garden --format csv
2> folio: --format csv: expected one of table, json, paths
? 2

$ folio list --orphans
> DATE        TITLE                 AUTHORS          TAGS
> 2023-11-05  A lone walk           Mary Somerville  walking

$ folio list --orphans --format paths --sort title --tag garden
