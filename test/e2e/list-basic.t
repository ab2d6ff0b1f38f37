# fixture: basic
# list: the table, sorting, formats, and what is never indexed (node_modules, dot-folders, .folioignore).

$ folio list
> DATE        TITLE                       AUTHORS             TAGS
> 2024-02-10  Second post: on travel      Ada Byron, Tomás…   travel, Writing, jo…
> 2024-01-05  First post                  Ada Byron           intro, writing
> 2019-12-31  Old news                    Tomás Ruiz          news
>             A note without frontmatter

$ folio list --drafts
> DATE        TITLE                              AUTHORS           TAGS
> 2024-03-01  (draft) An idea still in progress                    writing
> 2024-02-10  Second post: on travel             Ada Byron, Tomá…  travel, Writin…
> 2024-01-05  First post                         Ada Byron         intro, writing
> 2019-12-31  Old news                           Tomás Ruiz        news
>             A note without frontmatter

$ folio list --sort title
> DATE        TITLE                       AUTHORS             TAGS
>             A note without frontmatter
> 2024-01-05  First post                  Ada Byron           intro, writing
> 2019-12-31  Old news                    Tomás Ruiz          news
> 2024-02-10  Second post: on travel      Ada Byron, Tomás…   travel, Writing, jo…

$ folio list --sort date --reverse --limit 2
> DATE        TITLE                       AUTHORS         TAGS
>             A note without frontmatter
> 2019-12-31  Old news                    Tomás Ruiz      news

$ folio list --sort words
> DATE        TITLE                       AUTHORS             TAGS
>             A note without frontmatter
> 2024-01-05  First post                  Ada Byron           intro, writing
> 2019-12-31  Old news                    Tomás Ruiz          news
> 2024-02-10  Second post: on travel      Ada Byron, Tomás…   travel, Writing, jo…

$ folio list --format paths
> posts/second-post.md
> posts/first-post.md
> posts/old-news.md
> notes/no-frontmatter.md

$ folio list --format jsonl --limit 1
> {"id":"posts__second-post","slug":"second-post","path":"posts/second-post.md","title":"Second post: on travel","date":"2024-02-10","dateSource":"frontmatter","updated":null,"authors":["Ada Byron","Tomás Ruiz"],"tags":["travel","Writing","journal"],"summary":"A short trip to the coast.","draft":false,"lang":null,"words":8,"readingMinutes":1,"data":{"title":"Second post: on travel","date":"2024-02-10","authors":["Ada Byron","Tomás Ruiz"],"tags":["travel","Writing"],"description":"A short trip to the coast.","category":"journal"}}

$ folio list --format json --tag travel
> [
>   {
>     "id": "posts__second-post",
>     "slug": "second-post",
>     "path": "posts/second-post.md",
>     "title": "Second post: on travel",
>     "date": "2024-02-10",
>     "dateSource": "frontmatter",
>     "updated": null,
>     "authors": [
>       "Ada Byron",
>       "Tomás Ruiz"
>     ],
>     "tags": [
>       "travel",
>       "Writing",
>       "journal"
>     ],
>     "summary": "A short trip to the coast.",
>     "draft": false,
>     "lang": null,
>     "words": 8,
>     "readingMinutes": 1,
>     "data": {
>       "title": "Second post: on travel",
>       "date": "2024-02-10",
>       "authors": [
>         "Ada Byron",
>         "Tomás Ruiz"
>       ],
>       "tags": [
>         "travel",
>         "Writing"
>       ],
>       "description": "A short trip to the coast.",
>       "category": "journal"
>     }
>   }
> ]

$ COLUMNS=40 folio list
> DATE        TITLE
> 2024-02-10  Second post: on travel
> 2024-01-05  First post
> 2019-12-31  Old news
>             A note without frontmatter

$ COLUMNS=120 folio ls
> DATE        TITLE                       AUTHORS                TAGS
> 2024-02-10  Second post: on travel      Ada Byron, Tomás Ruiz  travel, Writing, journal
> 2024-01-05  First post                  Ada Byron              intro, writing
> 2019-12-31  Old news                    Tomás Ruiz             news
>             A note without frontmatter

$ COLUMNS= folio list --drafts
> DATE        TITLE                              AUTHORS                TAGS
> 2024-03-01  (draft) An idea still in progress                         writing
> 2024-02-10  Second post: on travel             Ada Byron, Tomás Ruiz  travel, Writing, journal
> 2024-01-05  First post                         Ada Byron              intro, writing
> 2019-12-31  Old news                           Tomás Ruiz             news
>             A note without frontmatter
