# fixture: basic
# The index: summary line, incremental refresh, rebuild.

$ folio index
> indexed 5 files in <time> s: 5 added, 0 updated, 0 removed, 0 unchanged, 0 failed

$ folio index
> indexed 5 files in <time> s: 0 added, 0 updated, 0 removed, 5 unchanged, 0 failed

$ folio index --rebuild
> indexed 5 files in <time> s: 5 added, 0 updated, 0 removed, 0 unchanged, 0 failed

$ folio index --index notes/idea.md/index.db
2> folio: <root>/notes/idea.md/index.db: cannot create the folder it goes in (a file is in the way)
? 2
