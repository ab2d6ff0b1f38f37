# fixture: search
# The query language: words, phrases, OR, exclusions, prefixes, groups and fields; ranking; output formats.

$ folio search belarus election
> DATE        TITLE                       AUTHORS         TAGS
> 2021-02-01  Belarus after the election  Pavel Latushka  belarus, elections
>             …Observers said the election was neither free nor fair, and the cou…
> 2022-06-10  What observers look for     Ada Byron       democracy, method
>             …In Belarus, in Russia and elsewhere, their reports are the record …

$ folio search '"free election"'
> DATE        TITLE                       AUTHORS         TAGS
> 2022-06-10  What observers look for     Ada Byron       democracy, method
>             …their reports are the record of whether a free election took place…
> 2021-02-01  Belarus after the election  Pavel Latushka  belarus, elections
>             …A free election needs independent observers, an honest count and a…

$ folio search '"election free"'
2> folio: no articles match
? 1

$ folio search belarus election OR выборы
> DATE        TITLE                       AUTHORS         TAGS
> 2021-02-01  Belarus after the election  Pavel Latushka  belarus, elections
>             …Observers said the election was neither free nor fair, and the cou…
> 2022-06-10  What observers look for     Ada Byron       democracy, method
>             …In Belarus, in Russia and elsewhere, their reports are the record …

$ folio search '(belarus election) OR выборы'
> DATE        TITLE                       AUTHORS         TAGS
> 2021-08-09  Заметки о выборах           Алесь Коваль    выборы, Беларусь
>             Год назад Лукашенко объявил о победе. На улицах Минска стояли тысяч…
> 2021-02-01  Belarus after the election  Pavel Latushka  belarus, elections
>             …Observers said the election was neither free nor fair, and the cou…
> 2022-06-10  What observers look for     Ada Byron       democracy, method
>             …In Belarus, in Russia and elsewhere, their reports are the record …

$ folio search belarus -russia
> DATE        TITLE                       AUTHORS         TAGS
> 2021-02-01  Belarus after the election  Pavel Latushka  belarus, elections
>             The protests that followed the vote filled the streets of Minsk for…

$ folio search belarus NOT russia
> DATE        TITLE                       AUTHORS         TAGS
> 2021-02-01  Belarus after the election  Pavel Latushka  belarus, elections
>             The protests that followed the vote filled the streets of Minsk for…

$ folio search election -travel --format paths
> fr/election-municipale.md
> en/belarus-election.md
> en/hostile.md
> en/election-observers.md

$ folio search election -t elections -n 1 --format paths
> en/belarus-election.md

$ folio search election -title:election -tag:elections
> DATE        TITLE                    AUTHORS         TAGS
> 2018-01-01  Hostile text
>             The election of \x1b[31mred\x1b[0m text with fake markers and a bel…
> 2023-09-03  Notes from the harbour   Tomás Ruiz      travel
>             …Nobody talked about the election; people talked about the weather,…
> 2022-06-10  What observers look for  Ada Byron       democracy, method
>             …of whether a free election took place. Democratic institutions dep…

$ folio search democr*
> DATE        TITLE                         AUTHORS         TAGS
>             An undated note on democracy
>             Democracy is a habit more than a system.
> 2022-06-10  What observers look for       Ada Byron       democracy, method
>             …Democratic institutions depend on that record; democracy without i…

$ folio search title:election
> DATE        TITLE                                   AUTHORS         TAGS
> 2020-03-15  L'Élection municipale, vue d'un burea…  Claire Dubois   élections,…
>             Dimanche, l'élection municipale a eu lieu dans une école du quartie…
> 2021-02-01  Belarus after the election              Pavel Latushka  belarus, el…
>             The protests that followed the vote filled the streets of Minsk for…

$ folio search tag:elections
> DATE        TITLE                                   AUTHORS         TAGS
> 2020-03-15  L'Élection municipale, vue d'un burea…  Claire Dubois   élections,…
>             Dimanche, l'élection municipale a eu lieu dans une école du quartie…
> 2021-02-01  Belarus after the election              Pavel Latushka  belarus, el…
>             The protests that followed the vote filled the streets of Minsk for…

$ folio search author:latushka
> DATE        TITLE                       AUTHORS         TAGS
> 2021-02-01  Belarus after the election  Pavel Latushka  belarus, elections
>             The protests that followed the vote filled the streets of Minsk for…

$ folio search 'title:(harbour OR tokyo)'
> DATE        TITLE                   AUTHORS         TAGS
> 2023-09-03  Notes from the harbour  Tomás Ruiz      travel
>             The ferry left at dawn. Nobody talked about the election; people ta…

$ folio search democracy --format paths
> en/an-undated-note.md
> en/election-observers.md

$ folio search election --sort date --format paths
> en/harbour-notes.md
> en/election-observers.md
> en/belarus-election.md
> fr/election-municipale.md
> en/hostile.md

$ folio search election --limit 2
> DATE        TITLE                                   AUTHORS         TAGS
> 2020-03-15  L'Élection municipale, vue d'un burea…  Claire Dubois   élections,…
>             Dimanche, l'élection municipale a eu lieu dans une école du quartie…
> 2021-02-01  Belarus after the election              Pavel Latushka  belarus, el…
>             …Observers said the election was neither free nor fair, and the cou…
2> folio: showing the best 2 of 5 matching articles; --limit N shows more

$ folio search '"free election"' --format jsonl --limit 1
> {"id":"en__election-observers","slug":"election-observers","path":"en/election-observers.md","title":"What observers look for","date":"2022-06-10","dateSource":"frontmatter","updated":null,"authors":["Ada Byron"],"tags":["democracy","method"],"summary":"Observers arrive before the polls open. They watch the seals on the ballot boxes, the lists of voters and the count. In Belarus, in Russia and elsewhere, their reports are the record of whether a free election took place.","draft":false,"lang":null,"words":51,"readingMinutes":1,"data":{"title":"What observers look for","date":"2022-06-10","author":"Ada Byron","tags":["democracy","method"]},"score":2.03,"snippet":"…their reports are the record of whether a free election took place. Democratic institutions depend on that record; democracy without it is a word.","highlights":[[43,56]]}

$ folio search '"free election"' --format json --limit 1
> [
>   {
>     "id": "en__election-observers",
>     "slug": "election-observers",
>     "path": "en/election-observers.md",
>     "title": "What observers look for",
>     "date": "2022-06-10",
>     "dateSource": "frontmatter",
>     "updated": null,
>     "authors": [
>       "Ada Byron"
>     ],
>     "tags": [
>       "democracy",
>       "method"
>     ],
>     "summary": "Observers arrive before the polls open. They watch the seals on the ballot boxes, the lists of voters and the count. In Belarus, in Russia and elsewhere, their reports are the record of whether a free election took place.",
>     "draft": false,
>     "lang": null,
>     "words": 51,
>     "readingMinutes": 1,
>     "data": {
>       "title": "What observers look for",
>       "date": "2022-06-10",
>       "author": "Ada Byron",
>       "tags": [
>         "democracy",
>         "method"
>       ]
>     },
>     "score": 2.03,
>     "snippet": "…their reports are the record of whether a free election took place. Democratic institutions depend on that record; democracy without it is a word.",
>     "highlights": [
>       [
>         43,
>         56
>       ]
>     ]
>   }
> ]

$ folio search tokyo OR 東京 --format paths
> ja/tokyo.md

$ folio search zyzzogeton
2> folio: no articles match
? 1

$ folio search zyzzogeton --format json
> []
? 1

$ FORCE_COLOR=1 NO_COLOR= folio search '"free election"' --limit 1
> [2mDATE[22m        [2mTITLE[22m                    [2mAUTHORS[22m         [2mTAGS[22m
> [36m2022-06-10[39m  [1mWhat observers look for[22m  [32mAda Byron[39m       [35mdemocracy, method[39m
>             [2m…their reports are the record of whether a [22m[1m[33mfree election[39m[22m[2m took place[22m[2m…[22m
2> folio: showing the best 1 of 2 matching articles; --limit N shows more

$ folio search '"free election"' --show
> What observers look for
> Ada Byron · 2022-06-10 · 1 min read
> democracy, method
> ────────────────────────────────────────────────────────────────────────────────
>
> Observers arrive before the polls open. They watch the seals on the ballot
> boxes, the lists of voters and the count. In Belarus, in Russia and elsewhere,
> their reports are the record of whether a free election took place.
>
> Democratic institutions depend on that record; democracy without it is a word.

$ FORCE_COLOR=1 NO_COLOR= folio search '"free election"' --show
> [1mWhat observers look for[22m
> [32mAda Byron[39m[2m · [22m[36m2022-06-10[39m[2m · 1 min read[22m
> [35mdemocracy, method[39m
> [2m────────────────────────────────────────────────────────────────────────────────[22m
>
> Observers arrive before the polls open. They watch the seals on the ballot
> boxes, the lists of voters and the count. In Belarus, in Russia and elsewhere,
> their reports are the record of whether a [1m[33mfree election[39m[22m took place.
>
> Democratic institutions depend on that record; democracy without it is a word.

$ folio search zyzzogeton --show
2> folio: no articles match
? 1

$ folio search election --show --format paths
2> folio: --show prints the best match as folio show does; it does not go with --format paths
? 2
