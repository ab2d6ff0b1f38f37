# fixture: media
# `folio check` reports pictures and files that articles refer to but the archive does not hold.

$ folio check
> posts/2024-05-01-harbour.md:9: broken link to 'images/lost.png' (no such file)
> posts/2024-05-01-harbour.md:11: broken link to '../../elsewhere.jpg' (outside the archive: an export cannot carry it)
2> folio: 2 problems in 1 of 2 files (2 indexed)
? 1
