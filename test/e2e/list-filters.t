# fixture: basic
# Filters on list: tags (all must match), author, dates, --where on any frontmatter field, drafts.

$ folio list --tag writing
> DATE        TITLE                   AUTHORS                TAGS
> 2024-02-10  Second post: on travel  Ada Byron, Tomás Ruiz  travel, Writing, jou…
> 2024-01-05  First post              Ada Byron              intro, writing

$ folio list --tag writing --tag TRAVEL
> DATE        TITLE                   AUTHORS                TAGS
> 2024-02-10  Second post: on travel  Ada Byron, Tomás Ruiz  travel, Writing, jou…

$ folio list --tag nothing
2> folio: no articles match

$ folio list --author ruiz
> DATE        TITLE                   AUTHORS                TAGS
> 2024-02-10  Second post: on travel  Ada Byron, Tomás Ruiz  travel, Writing, jou…
> 2019-12-31  Old news                Tomás Ruiz             news

$ folio list --author tomas
> DATE        TITLE                   AUTHORS                TAGS
> 2024-02-10  Second post: on travel  Ada Byron, Tomás Ruiz  travel, Writing, jou…
> 2019-12-31  Old news                Tomás Ruiz             news

$ folio list --since 2024-02
> DATE        TITLE                   AUTHORS                TAGS
> 2024-02-10  Second post: on travel  Ada Byron, Tomás Ruiz  travel, Writing, jou…

$ folio list --until 2023
> DATE        TITLE                 AUTHORS         TAGS
> 2019-12-31  Old news              Tomás Ruiz      news

$ folio list --since 2024-01-01 --until 2024-01-31
> DATE        TITLE                 AUTHORS         TAGS
> 2024-01-05  First post            Ada Byron       intro, writing

$ folio list --where status=archived
> DATE        TITLE                 AUTHORS         TAGS
> 2019-12-31  Old news              Tomás Ruiz      news

$ folio list --where category=Journal
> DATE        TITLE                   AUTHORS                TAGS
> 2024-02-10  Second post: on travel  Ada Byron, Tomás Ruiz  travel, Writing, jou…

$ folio list --where draft=true --drafts
> DATE        TITLE                              AUTHORS         TAGS
> 2024-03-01  (draft) An idea still in progress                  writing

$ folio list --format paths -C posts
> posts/second-post.md
> posts/first-post.md
> posts/old-news.md
