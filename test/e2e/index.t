# fixture: basic
# The index: summary line, incremental refresh, rebuild.

$ folio index
> indexed 5 files in <time> s: 5 added, 0 updated, 0 removed, 0 unchanged, 0 failed

$ folio index
> indexed 5 files in <time> s: 0 added, 0 updated, 0 removed, 5 unchanged, 0 failed

$ folio index --rebuild
> indexed 5 files in <time> s: 5 added, 0 updated, 0 removed, 0 unchanged, 0 failed
