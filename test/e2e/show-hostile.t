# fixture: hostile
# Escape sequences and control characters written in an article are shown, never obeyed; --raw in a pipe gives
# the bytes as they are on disk.

$ folio show hostile --width 60
> Hostile \x1b]0;pwned\x1b\ title\x1b[2J
> 2024-01-01 · 1 min read
> security
> ────────────────────────────────────────────────────────────
>
> Clear screen \x1b[2J\x1b[H and a window title
> \x1b]0;owned\x07 in a paragraph.
>
> A C1 control \x9b31m, a backspace x\x08y, a carriage return
> overwrite: safe DANGER, a bell \x07.
>
> Bidirectional override: \u202eevil\u202c text.
>
> A link the article wrote itself:
> \x1b]8;;https://evil.example\x1b\click\x1b]8;;\x1b\ here.
>
> Entity-encoded escape: \x1b[31mred\x1b[0m and \x9b.
>
> `code \x1b[31m span`
>
>   echo "\x1b[31mred\x1b[0m"
>
> [link \x1b[1mtext](https://example.com/\x1b[2J) and script
> link (javascript:alert(1)).
>
> ![alt \x1b[5m text](https://example.com/img\x1b.png)
>
> ┌────────────────┬──────┐
> │ head \x1b[7m   │ cell │
> ├────────────────┼──────┤
> │ \x1b[8m hidden │ x    │
> └────────────────┴──────┘
>
> Heading \x1b[41m
> ════════════════
>
> \x1b[32m html
>
> Footnote.[1]
>
> ────────────────────
> [1] Note \x1b[31m text.
2> folio: hostile.md:2: title contains control characters (shown escaped)

$ FORCE_COLOR=1 NO_COLOR= FORCE_HYPERLINK=1 folio show hostile --width 60
> [1mHostile \x1b]0;pwned\x1b\ title\x1b[2J[22m
> [36m2024-01-01[39m[2m · 1 min read[22m
> [35msecurity[39m
> [2m────────────────────────────────────────────────────────────[22m
>
> Clear screen \x1b[2J\x1b[H and a window title
> \x1b]0;owned\x07 in a paragraph.
>
> A C1 control \x9b31m, a backspace x\x08y, a carriage return
> overwrite: safe DANGER, a bell \x07.
>
> Bidirectional override: \u202eevil\u202c text.
>
> A link the article wrote itself:
> \x1b]8;;[34m[4mhttps://evil.example\x1b\click\x1b]8;;\x1b\[24m[39m here.
>
> Entity-encoded escape: \x1b[31mred\x1b[0m and \x9b.
>
> [33mcode \x1b[31m span[39m
>
>   [33mecho[39m [32m"\x1b[31mred\x1b[0m"[39m
>
> [link \x1b[1mtext]([34m[4mhttps://example.com/\x1b[2J[24m[39m) and [34m[4mscript[24m[39m
> [34m[4mlink[24m[39m ([2m[4mjavascript:alert(1)[24m[22m).
>
> ![alt \x1b[5m text]([34m[4mhttps://example.com/img\x1b.png[24m[39m)
>
> [2m┌────────────────┬──────┐[22m
> [2m│ [22m[1mhead \x1b[7m[22m  [2m │ [22m[1mcell[22m[2m │[22m
> [2m├────────────────┼──────┤[22m
> [2m│ [22m\x1b[8m hidden[2m │ [22mx   [2m │[22m
> [2m└────────────────┴──────┘[22m
>
> [1m[36mHeading \x1b[41m[39m[22m
> [2m════════════════[22m
>
> \x1b[32m html
>
> Footnote.[34m[4m[1][24m[39m
>
> [2m────────────────────[22m
> [34m[4m[1][24m[39m Note \x1b[31m text.

$ folio show hostile --raw
> ---
> title: "Hostile ]0;pwned\\ title[2J"
> date: 2024-01-01
> tags: [security]
> ---
>
> Clear screen [2J[H and a window title ]0;owned in a paragraph.
>
> A C1 control 31m, a backspace xy, a carriage return overwrite: safeDANGER, a bell .
>
> Bidirectional override: ‮evil‬ text.
>
> A link the article wrote itself: ]8;;https://evil.example\click]8;;\ here.
>
> Entity-encoded escape: &#27;[31mred&#27;[0m and &#x9b;.
>
> `code [31m span`
>
> ```sh
> echo "[31mred[0m"
> ```
>
> [link [1mtext](https://example.com/[2J) and [script link](javascript:alert(1)).
>
> ![alt [5m text](https://example.com/img.png)
>
> | head [7m | cell |
> |---|---|
> | [8m hidden | x |
>
> # Heading [41m
>
> <div>[32m html</div>
>
> Footnote.[^x]
>
> [^x]: Note [31m text.
