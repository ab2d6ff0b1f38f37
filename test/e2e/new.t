# fixture: writer
# `folio new`: a new article with frontmatter, never over an existing file, indexed at once; from a template
# when the config names one. Without a terminal, no editor opens unless asked (--edit).

$ folio new "Planting beans: a plan"
> planting-beans-a-plan.md

$ folio show planting-beans-a-plan --raw
> ---
> title: "Planting beans: a plan"
> date: <today>
> author: Ada Byron
> tags: []
> ---

$ folio new "Planting beans: a plan" --into notes -t garden --tag beans --lang en
> notes/planting-beans-a-plan-2.md

$ folio show notes/planting-beans-a-plan.md --raw
2> folio: no article matches 'notes/planting-beans-a-plan.md' (did you mean planting-beans-a-plan-2, planting-beans-a-plan?)
? 2

$ folio new "Garden notes"
> garden-notes-2.md

$ folio new "Garden notes"
> garden-notes-3.md

$ folio list --tag beans --format paths
> notes/planting-beans-a-plan-2.md

$ folio new "Frost" --into ../outside
2> folio: --into ../outside: expected a folder inside the archive ('..' leads out of it)
? 2

$ folio new "   "
2> folio: the title is empty
? 2

$ folio new "Frost" --lang "en; rm"
2> folio: --lang en; rm: expected a language tag such as en, de or pt-BR
? 2

$ folio -C journal new "Rain, at last" --tag weather
> journal/rain-at-last.md

$ folio show journal/rain-at-last.md --raw
> ---
> title: "Journal: Rain, at last"
> date: <today>
> tags:
>   - journal
>   - weather
> series: "rain-at-last {{nothing}} Rain, at last"
> authors:
>   - Ada Byron
>   - Mary Somerville
> ---
>
> # Rain, at last
>
> Written on <today>. `{{constructor}}` and ${title} stay as they are.

$ EDITOR=bin/vim folio new "Hail" --edit
> hail.md
> editor argument: <root>/hail.md

$ EDITOR=bin/vim folio new "Hail" --no-edit
> hail-2.md
