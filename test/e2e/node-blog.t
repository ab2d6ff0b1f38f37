# fixture: node-blog
# A Node-style blog: one `category:` per post, several authors in one `author:` string ("A and B", "A & B",
# "A, B, and C"), an organisation named in its own field, and the blog's own index.md listing page.

$ folio list
> DATE        TITLE                             AUTHORS           TAGS
> 2025-06-09  Runtime 24.2.0 (Current)          Antoine du Hamel  release
> 2025-05-21  Runtime 22.16.0 (LTS)             Ruy Adorno, Raf…  release
> 2024-01-15  A new website                     Claudio Wunder,…  announcements
> 2023-09-05  Thanks to our conference sponsor  The Events Team   events
> 2023-06-20  Collaboration summit recap        Li Wei, Sara Co…  events, communi…

$ folio tags
> TAG            ARTICLES
> events                2
> release               2
> announcements         1
> community             1

$ folio list --author gonzaga --format paths
> release/v22.16.0.md

$ folio list --where "organization=Johnson & Johnson" --format jsonl
> {"id":"events__sponsor-thanks","slug":"sponsor-thanks","path":"events/sponsor-thanks.md","title":"Thanks to our conference sponsor","date":"2023-09-05T09:00:00.000Z","dateSource":"frontmatter","updated":null,"authors":["The Events Team"],"tags":["events"],"summary":"This year's conference was hosted with the help of one sponsor.","draft":false,"lang":null,"words":11,"readingMinutes":1,"data":{"date":"2023-09-05T09:00:00.000Z","category":"events","title":"Thanks to our conference sponsor","layout":"blog-post","author":"The Events Team","organization":"Johnson & Johnson"}}

$ folio show v24.2.0
> Runtime 24.2.0 (Current)
> Antoine du Hamel · 2025-06-09 · 1 min read
> release
> ────────────────────────────────────────────────────────────────────────────────
>
> Notable changes
> ───────────────
>
> Faster start-up, and a new flag for the test runner.

$ folio show v22.16.0.md --raw
> ---
> date: '2025-05-21T10:00:00.000Z'
> category: release
> title: Runtime 22.16.0 (LTS)
> layout: blog-post
> author: Ruy Adorno and Rafael Gonzaga
> ---
>
> ## Notable changes
>
> Security fixes, backported from 24.

$ folio check
2> folio: no problems in 6 files
