# fixture: basic

$ folio tags
> TAG       ARTICLES
> writing          2
> intro            1
> journal          1
> news             1
> travel           1

$ folio tags --drafts
> TAG       ARTICLES
> writing          3
> intro            1
> journal          1
> news             1
> travel           1

$ folio tags --format json
> [
>   {
>     "tag": "writing",
>     "count": 2
>   },
>   {
>     "tag": "intro",
>     "count": 1
>   },
>   {
>     "tag": "journal",
>     "count": 1
>   },
>   {
>     "tag": "news",
>     "count": 1
>   },
>   {
>     "tag": "travel",
>     "count": 1
>   }
> ]

$ folio tags --format jsonl --author ada
> {"tag":"writing","count":2}
> {"tag":"intro","count":1}
> {"tag":"journal","count":1}
> {"tag":"travel","count":1}
