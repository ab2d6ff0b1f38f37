# fixture: search
# --exact finds literal text that word search splits or drops, ignoring case only; still ranked and snippeted.

$ folio search --exact C++
> DATE        TITLE                   AUTHORS         TAGS
> 2019-05-05  Notes on C and C++      Jonas Berg      programming
>             C is small; C++ is not. An e-mail from a reader asked which one to …
> 2024-02-02  Testing with node:test  Jonas Berg      programming, javascript
>             …Unlike C++ there is no build step.

$ folio search -F c++ --format paths
> tech/cpp-notes.md
> tech/testing-node.md

$ folio search --exact e-mail --format paths
> tech/cpp-notes.md
> tech/testing-node.md

$ folio search --exact node:test
> DATE        TITLE                   AUTHORS         TAGS
> 2024-02-02  Testing with node:test  Jonas Berg      programming, javascript
>             Since Node 20 the built-in node:test runner is enough for most proj…

$ folio search --exact '#testing' --format jsonl
> {"id":"tech__testing-node","slug":"testing-node","path":"tech/testing-node.md","title":"Testing with node:test","date":"2024-02-02","dateSource":"frontmatter","updated":null,"authors":["Jonas Berg"],"tags":["programming","javascript"],"summary":"Since Node 20 the built-in node:test runner is enough for most projects. Send questions by e-mail, or tag them #testing on the forum. Unlike C++ there is no build step.","draft":false,"lang":null,"words":31,"readingMinutes":1,"data":{"title":"Testing with node:test","date":"2024-02-02","author":"Jonas Berg","tags":["programming","javascript"]},"score":1.364,"snippet":"…Send questions by e-mail, or tag them #testing on the forum. Unlike C++ there is no build step.","highlights":[[39,47]]}

$ folio search --exact 烤鸭 --format paths
> zh/beijing.md

$ folio search --exact élection --format paths
> fr/election-municipale.md

$ folio search --exact election --format paths
> en/belarus-election.md
> en/hostile.md
> en/harbour-notes.md
> en/election-observers.md

$ folio search --exact 'OR OR' --format paths
? 1

$ folio search --exact C++ --tag javascript --format paths
> tech/testing-node.md

$ folio search --exact '   '
2> folio: query: nothing to search for
? 2
