# fixture: import
# `folio import` turns saved pages into articles of the archive in archive/: one line per page on stdout, a
# summary on stderr; exit 1 when a page failed. Pages come from pages/ (text with and without a byline, the saved
# seed page, a blog post, a news page with navigation and footer, a Cyrillic page in windows-1251, broken and
# hostile HTML, empty and binary files). archive/escape is a symbolic link that leads out of the archive.

$ folio import pages/elections-in-russia-and-belarus.txt -C archive
> created elections-in-russia-and-belarus-what-is-the-fundamental-difference.md from pages/elections-in-russia-and-belarus.txt
2> folio: 1 page: 1 created, 0 skipped, 0 failed

$ folio list -C archive
> DATE        TITLE                                   AUTHORS         TAGS
> 2022-04-01  Notes on reading slowly                                 reading
>             Elections in Russia and Belarus: what…  Pavel Latushka

$ folio import pages/elections-in-russia-and-belarus.txt -C archive
> skipped pages/elections-in-russia-and-belarus.txt: already imported as elections-in-russia-and-belarus-what-is-the-fundamental-difference.md
2> folio: 1 page: 0 created, 1 skipped, 0 failed

$ folio import pages/no-byline.txt -C archive --into notes
> created notes/notes-on-reading-slowly-2.md from pages/no-byline.txt
2> folio: pages/no-byline.txt: an article with the same title is already in the archive: notes/notes-on-reading-slowly.md
2> folio: 1 page: 1 created, 0 skipped, 0 failed

$ folio import pages/with-byline.txt --dry-run -C archive --into imported
> would create imported/the-case-for-boring-technology.md from pages/with-byline.txt
>     ---
>     title: The case for boring technology
>     author: Jonas Berg
>     date: 2023-11-02
>     tags: []
>     source: with-byline.txt
>     ---
>
>     Every team has a budget for new things. Spend it on what makes your product different, not on the database.
>
>     A tool you have run for ten years has failure modes you already know. A new one has failure modes you will learn at three in the morning.
>
>     1. Choose the tool your team can debug.
>     2. Write down why you chose it.
>     3. Revisit the choice once a year.
>
2> folio: dry run, nothing written: 1 page: 1 to create, 0 skipped, 0 failed

$ folio import pages -C archive --into imported
> failed pages/blank.html: empty file (nothing to import)
> created imported/growing-tomatoes-on-a-north-facing-balcony.md from pages/blog-post.html
> created imported/minutes-of-the-residents-meeting.md from pages/broken.htm
> skipped pages/elections-in-russia-and-belarus.txt: already imported as elections-in-russia-and-belarus-what-is-the-fundamental-difference.md
> failed pages/empty.txt: empty file (nothing to import)
> created imported/harmless-title-with-quotes-and-a-hash-more.md from pages/hostile.html
> created imported/вясна-ў-мінску.md from pages/minsk-spring.txt
> created imported/night-ferry-returns-after-six-years.md from pages/news-page.html
> skipped pages/no-byline.txt: already imported as notes/notes-on-reading-slowly-2.md
> failed pages/photo.html: binary file (not text)
> created imported/the-case-for-boring-technology.md from pages/with-byline.txt
> created imported/зимний-город.md from pages/zimniy-gorod.html
2> folio: 12 pages: 7 created, 2 skipped, 3 failed
? 1

$ folio list -C archive
> DATE        TITLE                                   AUTHORS         TAGS
> 2024-02-03  Night ferry returns after six years     Tomás Ruiz, M…
> 2024-01-15  Зимний город                            Алесь Коваль
> 2023-11-02  The case for boring technology          Jonas Berg
> 2023-09-14  Growing tomatoes on a north-facing ba…  Hannah Whitfi…
> 2022-04-01  Notes on reading slowly                                 reading
>             Elections in Russia and Belarus: what…  Pavel Latushka
>             Harmless title: with "quotes" and a #…
>             Minutes of the residents' meeting
>             Вясна ў Мінску                          Алесь Коваль
>             Notes on reading slowly

$ folio check -C archive
2> folio: no problems in 10 files

$ folio list -C archive --author ruiz --format paths
> archive/imported/night-ferry-returns-after-six-years.md

$ folio search -C archive ferry --format paths
> archive/imported/night-ferry-returns-after-six-years.md

$ folio search -C archive снег --format paths
> archive/imported/зимний-город.md
> archive/imported/вясна-ў-мінску.md

$ folio search -C archive "fundamental difference" --format paths
> archive/elections-in-russia-and-belarus-what-is-the-fundamental-difference.md

$ folio search -C archive cookies OR steal OR dataLayer OR Proudly OR Siberian
2> folio: no match; did you mean cooks OR steal OR dataLayer OR Proudly OR Siberian?
? 1

$ folio import pages/no-byline.txt pages/report.pdf pages/missing.txt -C archive --into imported
> skipped pages/no-byline.txt: already imported as notes/notes-on-reading-slowly-2.md
> failed pages/report.pdf: not a page folio imports (.txt, .html or .htm)
> failed pages/missing.txt: no such file or folder
2> folio: 3 pages: 0 created, 1 skipped, 2 failed
? 2

$ folio import pages/no-byline.txt -C archive --into notes --force
> replaced notes/notes-on-reading-slowly.md from pages/no-byline.txt
2> folio: 1 page: 0 created, 1 replaced, 0 skipped, 0 failed

$ folio import pages/photo.html -C archive --into ../outside
2> folio: --into ../outside: expected a folder inside the archive ('..' leads out of it)
? 2

$ folio import pages/photo.html -C archive --into /tmp
2> folio: --into /tmp: expected a folder inside the archive, not an absolute path
? 2

$ folio import pages/photo.html -C archive --into escape
2> folio: --into escape: 'escape' is a symbolic link that leads out of the archive
? 2

$ folio import pages/photo.html -C archive --into .folio
2> folio: --into .folio: '.folio' is a folder the index skips; articles there would never be listed
? 2

$ folio import -C archive
2> folio: missing required argument 'paths'
? 2
