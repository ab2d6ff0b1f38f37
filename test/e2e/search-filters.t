# fixture: search
# The list filters combine with a query.

$ folio search election --tag elections --format paths
> en/belarus-election.md

$ folio search election --author dubois --format paths
> fr/election-municipale.md

$ folio search election --since 2021 --format paths
> en/belarus-election.md
> en/harbour-notes.md
> en/election-observers.md

$ folio search election --until 2020-12-31 --format paths
> fr/election-municipale.md
> en/hostile.md

$ folio search election --since 2021 --until 2021-12-31 --format paths
> en/belarus-election.md

$ folio search election --where lang=fr --format paths
> fr/election-municipale.md

$ folio search election --drafts --format paths
> drafts/unfinished.md
> fr/election-municipale.md
> en/belarus-election.md
> en/hostile.md
> en/harbour-notes.md
> en/election-observers.md

$ folio search election --tag nothing
2> folio: no articles match
? 1
