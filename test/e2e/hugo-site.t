# fixture: hugo-site
# A Hugo site: `categories` and `keywords` are its tags, _index.md files are section pages.

$ folio list -C content
> DATE        TITLE                 AUTHORS         TAGS
> 2024-12-17  Release 0.140.0                       release, release notes, templ…
>             About                                 project
>             strings.Trim                          trim, whitespace

$ folio tags -C content
> TAG            ARTICLES
> project               1
> release               1
> release notes         1
> templates             1
> trim                  1
> whitespace            1

$ folio check -C content
> about/index.md:9: broken link to 'ref:team.md' (no such article)
2> folio: 1 problem in 1 of 5 files (3 indexed)
? 1

$ folio show trim -C content
> strings.Trim
> 1 min read
> trim, whitespace
> ────────────────────────────────────────────────────────────────────────────────
>
> Trim removes the characters named in the second argument from both ends. See the
> release (https://example.org) and the page about us (about/index.md).
