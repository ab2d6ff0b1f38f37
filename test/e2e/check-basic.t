# fixture: basic

$ folio check
2> folio: no problems in 5 files
