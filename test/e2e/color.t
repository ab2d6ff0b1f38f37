# fixture: basic
# Colour only when asked or on a terminal; NO_COLOR beats FORCE_COLOR; --no-color beats everything.

$ FORCE_COLOR=1 NO_COLOR= folio list --tag travel
> [2mDATE[22m        [2mTITLE[22m                   [2mAUTHORS[22m                [2mTAGS[22m
> [36m2024-02-10[39m  [1mSecond post: on travel[22m  [32mAda Byron, Tomás Ruiz[39m  [35mtravel, Writing, jou…[39m

$ folio list --color --tag travel
> [2mDATE[22m        [2mTITLE[22m                   [2mAUTHORS[22m                [2mTAGS[22m
> [36m2024-02-10[39m  [1mSecond post: on travel[22m  [32mAda Byron, Tomás Ruiz[39m  [35mtravel, Writing, jou…[39m

$ FORCE_COLOR=1 folio list --tag travel
> DATE        TITLE                   AUTHORS                TAGS
> 2024-02-10  Second post: on travel  Ada Byron, Tomás Ruiz  travel, Writing, jou…

$ FORCE_COLOR=1 NO_COLOR= folio list --no-color --tag travel
> DATE        TITLE                   AUTHORS                TAGS
> 2024-02-10  Second post: on travel  Ada Byron, Tomás Ruiz  travel, Writing, jou…
