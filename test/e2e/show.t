# fixture: show
# `folio show`: an article found by slug, path or prefix, rendered to the width; errors name the candidates.

$ folio show bundle/trip
> A bundle
> 1 min read
> ────────────────────────────────────────────────────────────────────────────────
>
> A page bundle, found by its folder.

$ folio show trip --width 30
> A bundle
> 1 min read
> ──────────────────────────────
>
> A page bundle, found by its
> folder.

$ folio show ./bundle/trip/index.md --no-pager
> A bundle
> 1 min read
> ────────────────────────────────────────────────────────────────────────────────
>
> A page bundle, found by its folder.

$ folio show every --width 50
> Every construct, rendered
> Ada Byron, 佐藤 花 · 2024-04-02 (updated
> 2024-04-09) · 1 min read
> reference, markdown
> ──────────────────────────────────────────────────
>
> A paragraph with **bold**, *italic*, `inline
> code`, ~~struck~~ text and ***both at once***. It
> runs long enough to wrap at every width the golden
> files use, so wrapping is tested as much as
> styling is. Entities decode: & é © ☺. A hard break
> follows
> this line, and a backslash break
> this one.
>
> Headings
> ────────
>
> ### Third level with `code`
>
> #### Fourth level
>
> Setext heading
> ──────────────
>
> Lists
> ─────
>
> • First item with **bold** text that is long
>   enough to wrap onto a second line at narrow
>   widths
> • Second item
>   ◦ Nested item with *emphasis*
>     ▪ Third level, deeper still
> • Third item
>
>  1. One
>  2. Two, with a nested ordered list:
>     1. Two point one
>     2. Two point two
>  3. Three
>  4. Four
>  5. Five
>  6. Six
>  7. Seven
>  8. Eight
>  9. Nine
> 10. Ten, where the numbers line up on the right
>
> [✓] A finished task
> [ ] An open task that also wraps onto another line
>     when the terminal is narrow
>
> A loose list:
>
> • First paragraph item.
>
>   Its second paragraph.
>
> • Second item.
>
> Quotes
> ──────
>
> │ A quotation with **strong** words, long enough
> │ to wrap inside its bar at forty columns.
> │
> │ │ A nested quotation.
>
> │ Warning
> │ An alert, as GitHub writes them.
>
> Code
> ────
>
>   def greet(name: str) -> str:
>       """Say hello."""
>       return f"Hello, {name}!"  # a comment
>
>   plain code without a language, with a line long
> ↪ enough that it must continue on the next line at
> ↪  forty
>       a tab-indented line
>
>   indented code block
>
> Tables
> ──────
>
> ┌─────────────────────┬──────────────────┬───────┐
> │ Left                │      Centre      │ Right │
> ├─────────────────────┼──────────────────┼───────┤
> │ a                   │      **b**       │     1 │
> ├─────────────────────┼──────────────────┼───────┤
> │ longer cell text    │      `code`      │ 1,000 │
> │ that will need to   │                  │       │
> │ wrap                │                  │       │
> ├─────────────────────┼──────────────────┼───────┤
> │ 東京                │ 日本語のテキスト │    42 │
> └─────────────────────┴──────────────────┴───────┘
>
> Links and images
> ────────────────
>
> A link to an example
> (https://example.com/page?a=1&b=2), an autolink
> https://example.org, a bare URL
> https://www.example.net, a relative link
> (../notes/other.md), an email someone@example.com
> and a link with *emphasis*
> (https://example.com/em).
>
> [image: A lighthouse at dusk]
> (https://example.com/lighthouse.jpg)
>
> Footnotes
> ─────────
>
> Footnotes are numbered in reading order.[1]
> Another one.[2]
>
> Wide text
> ─────────
>
> 東京の朝は静かだ。電車が動き出す前の街は、まるで誰
> かが息を止めているようだ。カフェの窓から見える通り
> には、まだ人影が少ない。
>
> Emoji 😀 and combining marks: é café naïve.
>
> ──────────────────────────────────────────────────
>
> Raw HTML blocks show their text.
>
> The end.
>
> ────────────────────
> [1] The later definition, referenced first, with a
>     continuation line.
> [2] The first definition, referenced second.

$ folio show roles --width 40
> A byline with roles
> Ada Byron (Editor of the weekly
> edition), Jonas Berg, Mira Okafor
> (Photographer) · 1 min read
> ────────────────────────────────────────
>
> Two of the three authors have a role in
> the frontmatter.

$ folio show same
2> folio: 'same' matches 2 articles: dupes/a.md, dupes/b.md; give more of the slug or the path
? 2

$ folio show dupes/a
> Same slug A
> 1 min read
> ────────────────────────────────────────────────────────────────────────────────
>
> A.

$ folio show evry-construct
2> folio: no article matches 'evry-construct' (did you mean every-construct?)
? 2

$ folio show nothing-like-it
2> folio: no article matches 'nothing-like-it'
? 2

$ folio show trip --raw
> ---
> title: A bundle
> ---
>
> A page bundle, found by its folder.

$ folio show trip --width 10
2> folio: --width 10: expected a whole number of columns from 20 to 10000
? 2

$ folio show trip --width wide
2> folio: --width wide: expected a whole number of columns from 20 to 10000
? 2

$ folio show
2> folio: missing required argument 'article'
? 2

$ FORCE_COLOR=1 NO_COLOR= folio show trip
> [1mA bundle[22m
> [2m1 min read[22m
> [2m────────────────────────────────────────────────────────────────────────────────[22m
>
> A page bundle, found by its folder.

$ FORCE_COLOR=1 NO_COLOR= folio show trip --highlight 'bundle fold*'
> [1mA [1m[33mbundle[39m[22m[1m[22m
> [2m1 min read[22m
> [2m────────────────────────────────────────────────────────────────────────────────[22m
>
> A page [1m[33mbundle[39m[22m, found by its [1m[33mfolder[39m[22m.

$ FORCE_COLOR=1 NO_COLOR= folio show trip --highlight 'BUNDLE, found' --exact
> [1mA bundle[22m
> [2m1 min read[22m
> [2m────────────────────────────────────────────────────────────────────────────────[22m
>
> A page [1m[33mbundle, found[39m[22m by its folder.

$ folio show trip --highlight nowhere
> A bundle
> 1 min read
> ────────────────────────────────────────────────────────────────────────────────
>
> A page bundle, found by its folder.
2> folio: no match for 'nowhere' in bundle/trip/index.md

$ folio show trip --highlight OR
2> folio: query: OR needs a term on each side (column 1)
? 2

$ folio show trip --exact
2> folio: --exact goes with --highlight <text>
? 2
