# fixture: zola-blog
# A Zola blog as Zola writes it: dates only in the `path` field (or an alias), tags and categories under
# [taxonomies], several authors in one string, section pages (_index.md) and a template stub
# (releases/latest.md) that are pages of the site, not articles.

$ folio list -C content
> DATE        TITLE                    AUTHORS                TAGS
> 2025-06-26  Announcing Tidepool 2.0  Ana Ruiz, Tom Becker   release, tidepool,…
> 2024-03-11  Our roadmap for 2024     Li Wei, Sara Costa,…
> 2023-11-02  A tour of Tidepool       The Tidepool Team

$ folio list -C content --format jsonl
> {"id":"Tidepool-2_2e0","slug":"tidepool-2-0","path":"Tidepool-2.0.md","title":"Announcing Tidepool 2.0","date":"2025-06-26","dateSource":"url","updated":null,"authors":["Ana Ruiz","Tom Becker"],"tags":["release","tidepool","announcements"],"summary":"Tidepool 2.0 is out. It reads archives twice as fast as 1.9 did.","draft":false,"lang":null,"words":24,"readingMinutes":1,"data":{"path":"2025/06/26/Tidepool-2.0","title":"Announcing Tidepool 2.0","authors":["Ana Ruiz and Tom Becker"],"aliases":["releases/2.0"],"taxonomies":{"tags":["release","tidepool"],"categories":["announcements"]}}}
> {"id":"inside__roadmap-2024","slug":"roadmap-2024","path":"inside/roadmap-2024.md","title":"Our roadmap for 2024","date":"2024-03-11","dateSource":"url","updated":null,"authors":["Li Wei","Sara Costa","Jon Berg"],"tags":[],"summary":"Three things matter most this year: speed, the importer, and the docs.","draft":false,"lang":null,"words":12,"readingMinutes":1,"data":{"path":"inside/2024/03/11/roadmap-2024","title":"Our roadmap for 2024","authors":["Li Wei, Sara Costa and Jon Berg"],"extra":{"team":"The Core Team"}}}
> {"id":"tidepool-tour__index","slug":"tidepool-tour","path":"tidepool-tour/index.md","title":"A tour of Tidepool","date":"2023-11-02","dateSource":"url","updated":null,"authors":["The Tidepool Team"],"tags":[],"summary":"A short walk through what Tidepool does, with pictures beside this page.","draft":false,"lang":null,"words":12,"readingMinutes":1,"data":{"title":"A tour of Tidepool","authors":["The Tidepool Team"],"aliases":["2023-11-02-tidepool-tour.html"]}}

$ folio tags -C content
> TAG            ARTICLES
> announcements         1
> release               1
> tidepool              1

$ folio list -C content --author "tom becker" --format paths
> content/Tidepool-2.0.md

$ folio check -C content
2> folio: no problems in 7 files
