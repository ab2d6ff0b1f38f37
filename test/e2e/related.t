# fixture: related
# `folio related`: shared tags first, then the article's distinctive words (ranked as search ranks them), then
# newest first; drafts only with --drafts; an article sharing nothing is not listed.

$ folio related ferry-to-hel
> DATE        TITLE                            AUTHORS         TAGS
> 2024-06-20  Around the peninsula by bike                     travel, baltic, cy…
> 2023-08-11  Climbing the Rozewie lighthouse                  travel, baltic
> 2022-02-14  A night in a mountain hut                        travel, mountains
> 2024-05-05  Fish soup from the harbour                       cooking

$ folio related ferry-to-hel --format paths --limit 2
> trips/peninsula-by-bike.md
> trips/lighthouse.md

$ folio related sourdough --format jsonl
> {"id":"kitchen__rye-bread","slug":"rye-bread","path":"kitchen/rye-bread.md","title":"Dark rye bread","date":"2021-04-18","dateSource":"frontmatter","updated":null,"authors":[],"tags":["cooking","baking"],"summary":"Rye flour, water, salt and a spoon of the sourdough starter. The dough is sticky; it rises slowly overnight and bakes for an hour in a hot oven.","draft":false,"lang":null,"words":28,"readingMinutes":1,"data":{"title":"Dark rye bread","date":"2021-04-18","tags":["cooking","baking"]},"sharedTags":2,"score":3.722}
> {"id":"kitchen__fish-soup","slug":"fish-soup","path":"kitchen/fish-soup.md","title":"Fish soup from the harbour","date":"2024-05-05","dateSource":"frontmatter","updated":null,"authors":[],"tags":["cooking"],"summary":"Fishermen on the peninsula sell the morning catch straight from the boats. Cod, a leek, potatoes and dill make a soup worth the ferry fare on its own.","draft":false,"lang":null,"words":28,"readingMinutes":1,"data":{"title":"Fish soup from the harbour","date":"2024-05-05","tags":["cooking"]},"sharedTags":1,"score":0}
> {"id":"trips__ferry-to-hel","slug":"ferry-to-hel","path":"trips/ferry-to-hel.md","title":"The ferry to Hel","date":"2024-05-04","dateSource":"frontmatter","updated":null,"authors":[],"tags":["travel","baltic"],"summary":"The ferry leaves Gdynia at nine. Passengers crowd the upper deck to watch the peninsula appear: a thin line of pines between the bay and the open Baltic. The ferry crossing takes an hour; the return ferry is the last one at six, and missing it means a long train ride around the…","draft":false,"lang":null,"words":54,"readingMinutes":1,"data":{"title":"The ferry to Hel","date":"2024-05-04","tags":["travel","baltic"]},"sharedTags":0,"score":0.84}

$ folio related sourdough --drafts --format paths
> kitchen/rye-bread.md
> kitchen/draft-bagels.md
> kitchen/fish-soup.md
> trips/ferry-to-hel.md

$ folio related mountain-hut --tag travel --format paths
> trips/peninsula-by-bike.md
> trips/ferry-to-hel.md
> trips/lighthouse.md

$ folio related kitchen/rye-bread.md --format paths
> kitchen/sourdough.md
> kitchen/fish-soup.md

$ folio related nowhere
2> folio: no article matches 'nowhere'
? 2

$ folio related trips --format paths
2> folio: 'trips' matches 4 articles: ferry-to-hel, lighthouse, mountain-hut, peninsula-by-bike; give more of the slug or the path
? 2
