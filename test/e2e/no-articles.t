# fixture: no-articles
# A folder without a single Markdown file: the commands say so, rather than that nothing matched.

$ folio list
2> folio: no articles in the current folder: it holds no .md or .markdown files (give the archive folder with -C)

$ folio search anything
2> folio: no articles in the current folder: it holds no .md or .markdown files (give the archive folder with -C)
? 1

$ folio tags
2> folio: no articles in the current folder: it holds no .md or .markdown files (give the archive folder with -C)

$ folio list --format json
> []
