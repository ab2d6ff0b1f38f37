# fixture: search
# Every query a user can type gives results or one line on stderr with exit 2; never an SQL error, never a crash.

$ folio search '"unbalanced quote'
2> folio: no articles match
? 1

$ folio search -
2> folio: query: nothing to search for: the query has no letters or digits
? 2

$ folio search '*'
2> folio: query: nothing to search for: the query has no letters or digits
? 2

$ folio search OR OR
2> folio: query: OR needs a term on each side (column 1)
? 2

$ folio search 'election OR'
2> folio: query: OR needs a term on each side (column 10)
? 2

$ folio search title:
2> folio: query: title: needs a word to look for (column 1)
? 2

$ folio search 'NEAR('
2> folio: no articles match
? 1

$ folio search 'NEAR(election belarus, 5)' --format paths
? 1

$ folio search "') OR 1=1 --"
2> folio: query: OR needs a term on each side (column 4)
? 2

$ folio search '"; DROP TABLE articles; --'
2> folio: no articles match
? 1

$ folio search '😀'
2> folio: query: nothing to search for: the query has no letters or digits
? 2

$ folio search '😀 election' --format paths
> fr/election-municipale.md
> en/belarus-election.md
> en/hostile.md
> en/harbour-notes.md
> en/election-observers.md

$ folio search -- -russia
2> folio: query: the query only excludes; add a word to look for, as in "belarus -russia"
? 2

$ folio search 'election OR -russia'
2> folio: query: OR cannot join an exclusion; put it outside: "a OR b -c"
? 2

$ folio search '((((((((((((((((((((((((((((((((((election'
2> folio: query: parentheses are nested too deeply (at most 32 levels) (column 33)
? 2

$ folio search '{search_title}: election' --format paths
? 1

$ folio search 'search_body:election' --format paths
? 1

$ folio search '^election' --format paths
> fr/election-municipale.md
> en/belarus-election.md
> en/hostile.md
> en/harbour-notes.md
> en/election-observers.md

$ folio search ''
2> folio: query: nothing to search for
? 2

$ folio search
2> folio: missing required argument 'query'
? 2

$ folio search election --sort words
2> folio: --sort words: expected one of rank, date
? 2

$ folio search election --limit 0
2> folio: --limit 0: expected a whole number of at least 1
? 2
