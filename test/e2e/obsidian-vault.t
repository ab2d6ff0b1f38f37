# fixture: obsidian-vault
# An Obsidian vault: [[wikilinks]] name notes by file name or path, with or without a heading and a text of
# their own. `show` shows them as links; `check` reports the one whose note does not exist. Being a vault (it
# has .obsidian/), its notes' `#tags` in prose are tags too, merged with the frontmatter's; `#12`, code and
# URL fragments are not.

$ folio list
> DATE        TITLE                 AUTHORS         TAGS
> 2024-05-02  2024-05-02                            meeting, harbour/moorings
> 2024-05-02  Kickoff meeting                       meeting
>             Harbour survey                        project
>             Method

$ folio show harbour-survey
> Harbour survey
> 1 min read
> project
> ────────────────────────────────────────────────────────────────────────────────
>
> Started after the Kickoff meeting. The method is in the sampling notes
> (Projects/Method#Sampling), and the budget in Budget 2025, which does not exist
> yet.
>
>   [[Not a link]] inside code
>
> The moorings are counted as in Method › Twice a day, and the tide tables,
> written `[[Tide tables]]` in the plan, are still to come.
>
> [image] (harbour.png)

$ folio check
> Projects/Harbour survey.md:8: broken link to '[[Budget 2025]]' (no such article)
2> folio: 1 problem in 1 of 4 files (4 indexed)
? 1

$ folio tags
> TAG               ARTICLES
> meeting                  2
> harbour/moorings         1
> project                  1
