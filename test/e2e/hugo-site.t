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
2> folio: no problems in 5 files
