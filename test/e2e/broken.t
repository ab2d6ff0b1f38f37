# fixture: broken
# Bad input: every broken file is reported with its path (and line), nothing crashes, nothing is lost.

$ folio index
> indexed 18 files in <time> s: 18 added, 0 updated, 0 removed, 0 unchanged, 9 failed
2> folio: alias-bomb.md:2: YAML: too many aliases (refused as a resource exhaustion attack)
2> folio: bad-toml.md:3: TOML: invalid value
2> folio: bad-yaml.md:4: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]
2> folio: binary.md: binary file (not text); not indexed
2> folio: code-frontmatter.md:1: frontmatter language 'js' is refused (folio reads YAML, TOML and JSON, and never runs code)
2> folio: control-title.md:2: title contains control characters (shown escaped)
2> folio: empty.md: empty file
2> folio: invalid-date.md:3: date "2024-13-45" is not a valid date (expected YYYY-MM-DD or an ISO 8601 date-time); ignored
2> folio: javascript-frontmatter.md:1: frontmatter language 'javascript' is refused (folio reads YAML, TOML and JSON, and never runs code)
2> folio: latin1.md: not valid UTF-8; read as Windows-1252 (save it as UTF-8)
2> folio: list-frontmatter.md:2: frontmatter is a list, not a map of fields
2> folio: unclosed.md:1: frontmatter opened with '---' is never closed
2> folio: wrong-types.md:2: title is a number, read as text
2> folio: wrong-types.md:4: draft is a string, expected true or false; ignored
2> folio: wrong-types.md:5: author has a map, expected a name; ignored

$ folio list --format paths
> good.md
> bom-crlf.md
> bad-yaml.md
> 2023-02-29-not-a-leap-year.md
> alias-bomb.md
> bad-toml.md
> code-frontmatter.md
> control-title.md
> duplicate-one.md
> empty.md
> invalid-date.md
> javascript-frontmatter.md
> latin1.md
> list-frontmatter.md
> sub/duplicate-two.md
> unclosed.md
> wrong-types.md
2> folio: 18 problems in 15 files; run 'folio check' for details

$ folio list
> DATE        TITLE                               AUTHORS         TAGS
> 2024-05-05  A good article among broken ones
> 2024-04-04  BOM and CRLF
> 2024-01-01  Broken YAML
>             Not a leap year
>             Billion laughs
>             Bad toml
>             Frontmatter that tries to run code
>             Evil \x1b[2J\x1b]0;pwned\x07 title
>             Duplicate one
>             Empty
>             Invalid date
>             Another language that must not run
>             Café crème
>             Frontmatter that is a list
>             Duplicate two
>             Unclosed
>             1984                                                dystopia, class…
2> folio: 18 problems in 15 files; run 'folio check' for details

$ folio check
> alias-bomb.md:2: YAML: too many aliases (refused as a resource exhaustion attack)
> bad-toml.md:3: TOML: invalid value
> bad-yaml.md:4: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]
> binary.md: binary file (not text); not indexed
> code-frontmatter.md:1: frontmatter language 'js' is refused (folio reads YAML, TOML and JSON, and never runs code)
> control-title.md:2: title contains control characters (shown escaped)
> duplicate-one.md: slug 'same-slug' is also used by sub/duplicate-two.md
> empty.md: empty file
> invalid-date.md:3: date "2024-13-45" is not a valid date (expected YYYY-MM-DD or an ISO 8601 date-time); ignored
> javascript-frontmatter.md:1: frontmatter language 'javascript' is refused (folio reads YAML, TOML and JSON, and never runs code)
> latin1.md: not valid UTF-8; read as Windows-1252 (save it as UTF-8)
> list-frontmatter.md:2: frontmatter is a list, not a map of fields
> sub/duplicate-two.md: slug 'same-slug' is also used by duplicate-one.md
> sub/duplicate-two.md:6: broken link to '../missing.md' (no such article)
> unclosed.md:1: frontmatter opened with '---' is never closed
> wrong-types.md:2: title is a number, read as text
> wrong-types.md:4: draft is a string, expected true or false; ignored
> wrong-types.md:5: author has a map, expected a name; ignored
2> folio: 18 problems in 15 of 18 files (17 indexed)
? 1

$ folio index
> indexed 18 files in <time> s: 0 added, 0 updated, 0 removed, 18 unchanged, 0 failed
2> folio: 18 problems in 15 files; run 'folio check' for details
