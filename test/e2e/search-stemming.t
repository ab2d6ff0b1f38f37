# fixture: stemming
# Each article is stemmed in its own language (English when it names none); a query word finds the other
# forms of the word the archive holds, and articles holding the very form typed come first. Phrases,
# prefixes and --exact stay exact.

$ folio search vulnerabilities --format paths
> en/security-releases.md
> en/one-vulnerability.md

$ folio search vulnerability --format paths
> en/one-vulnerability.md
> en/security-releases.md

$ folio search vulnerability --format jsonl --limit 1
> {"id":"en__one-vulnerability","slug":"one-vulnerability","path":"en/one-vulnerability.md","title":"A single vulnerability in the resolver","date":"2024-05-02","dateSource":"frontmatter","updated":null,"authors":["Ines Halloran"],"tags":["security"],"summary":"One vulnerability was reported in the DNS resolver and is fixed in the release of May.","draft":false,"lang":null,"words":16,"readingMinutes":1,"data":{"title":"A single vulnerability in the resolver","date":"2024-05-02","author":"Ines Halloran","tags":["security"]},"score":2.913,"snippet":"One vulnerability was reported in the DNS resolver and is fixed in the release of May.","highlights":[[4,17]]}

$ folio search '"vulnerability"' --format paths
> en/one-vulnerability.md

$ folio search vulnerability --exact --format paths
> en/one-vulnerability.md

$ folio search vulnerab* --format paths
> en/one-vulnerability.md
> en/security-releases.md

$ folio search news --format paths
> en/news-and-elections.md

$ folio search выборы --format paths
> ru/vybory.md

$ folio search выборах --format paths
> ru/vybory.md

$ folio search wahl --format paths
> de/wahlen.md

$ folio search zeitung --format paths
> de/wahlen.md

$ folio search journal --format paths
> fr/journaux.md

$ folio search securite --format paths
> fr/journaux.md

$ folio search ciudad --format paths
> es/elecciones.md

$ folio search periódico --format paths
> es/elecciones.md

$ folio search title:vulnerabilities --format paths
> en/one-vulnerability.md

# When nothing matches, the closest word the archive holds is suggested (same first letter, one or two edits).
$ folio search vulnerabilty
2> folio: no match; did you mean vulnerability?
? 1

$ folio search 'tag:security vulnerabilty' --format paths
2> folio: no match; did you mean tag:security vulnerability?
? 1
