# fixture: real-world
# Archives written for other tools: Hugo TOML without dates, page bundles, Jekyll file names, notes without
# frontmatter, quoted ISO date strings, JSON frontmatter, dated folders. Every article is listed, titled by its
# frontmatter or heading when it has one.

$ folio list
> DATE        TITLE                            AUTHORS         TAGS
> 2023-09-09  JSON frontmatter                                 json
> 2022-07-01  A page bundle
> 2021-05-06  Dated by its folders
> 2020-04-03  Exported from another platform   Sam Rivera      export, platforms
> 2016-02-29  Leap day, titled by its heading
> 2015-06-30  Welcome to Jekyll!                               jekyll, update
>             A Hugo page with TOML                            hugo, toml
>             Meeting notes
>             Untitled

$ folio list --format jsonl
> {"id":"blog__json-frontmatter","slug":"json-frontmatter","path":"blog/json-frontmatter.md","title":"JSON frontmatter","date":"2023-09-09","dateSource":"frontmatter","updated":null,"authors":[],"tags":["json"],"summary":"Some static site generators accept a JSON object at the top.","draft":false,"lang":null,"words":11,"readingMinutes":1,"data":{"title":"JSON frontmatter","date":"2023-09-09","tags":["json"]}}
> {"id":"content__posts__bundle__index","slug":"bundle","path":"content/posts/bundle/index.md","title":"A page bundle","date":"2022-07-01T08:00:00Z","dateSource":"frontmatter","updated":null,"authors":[],"tags":[],"summary":"Bundles keep images next to the article; the folder names it.","draft":false,"lang":null,"words":11,"readingMinutes":1,"data":{"title":"A page bundle","date":"2022-07-01T08:00:00Z"}}
> {"id":"2021__05__06__dated-folders","slug":"dated-folders","path":"2021/05/06/dated-folders.md","title":"Dated by its folders","date":"2021-05-06","dateSource":"path","updated":null,"authors":[],"tags":[],"summary":"The date is in the path.","draft":false,"lang":null,"words":6,"readingMinutes":1,"data":{"title":"Dated by its folders"}}
> {"id":"blog__ghost-export","slug":"ghost-export","path":"blog/ghost-export.md","title":"Exported from another platform","date":"2020-04-03T20:26:28.000Z","dateSource":"frontmatter","updated":null,"authors":["Sam Rivera"],"tags":["export","platforms"],"summary":"Posts exported from hosted platforms carry dates as quoted strings.","draft":false,"lang":null,"words":10,"readingMinutes":1,"data":{"title":"Exported from another platform","date":"2020-04-03T20:26:28.000Z","author":"Sam Rivera","tags":"export, platforms"}}
> {"id":"_5fposts__2016-02-29-leap-day","slug":"leap-day","path":"_posts/2016-02-29-leap-day.md","title":"Leap day, titled by its heading","date":"2016-02-29","dateSource":"file name","updated":null,"authors":[],"tags":[],"summary":"Dated only by its file name.","draft":false,"lang":null,"words":12,"readingMinutes":1,"data":{"layout":"post"}}
> {"id":"_5fposts__2015-06-30-jekyll-post","slug":"jekyll-post","path":"_posts/2015-06-30-jekyll-post.md","title":"Welcome to Jekyll!","date":"2015-06-30","dateSource":"file name","updated":null,"authors":[],"tags":["jekyll","update"],"summary":"You’ll find this post in your _posts directory.","draft":false,"lang":null,"words":8,"readingMinutes":1,"data":{"layout":"post","title":"Welcome to Jekyll!","categories":"jekyll update"}}
> {"id":"content__posts__hugo-page","slug":"hugo-page","path":"content/posts/hugo-page.md","title":"A Hugo page with TOML","date":null,"dateSource":"none","updated":null,"authors":[],"tags":["hugo","toml"],"summary":"Hugo sites often keep no date in the frontmatter.","draft":false,"lang":null,"words":9,"readingMinutes":1,"data":{"title":"A Hugo page with TOML","tags":["hugo","toml"],"draft":false,"params":{"author":"Kim Lee"}}}
> {"id":"notes__plain-note","slug":"plain-note","path":"notes/plain-note.md","title":"Meeting notes","date":null,"dateSource":"none","updated":null,"authors":[],"tags":[],"summary":"No frontmatter; a setext heading gives the title.","draft":false,"lang":null,"words":10,"readingMinutes":1,"data":{}}
> {"id":"notes__untitled","slug":"untitled","path":"notes/untitled.md","title":"Untitled","date":null,"dateSource":"none","updated":null,"authors":[],"tags":[],"summary":"just some words with no heading at all","draft":false,"lang":null,"words":8,"readingMinutes":1,"data":{}}

$ folio list --where "params.author=kim lee" --format paths
> content/posts/hugo-page.md

$ folio tags
> TAG        ARTICLES
> export            1
> hugo              1
> jekyll            1
> json              1
> platforms         1
> toml              1
> update            1

$ folio check
2> folio: no problems in 9 files
