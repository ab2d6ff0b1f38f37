# fixture: field-map
# A field map in folio.config.json: the archive's own names for the title, date, tags, author and summary
# (dots for nested fields), read before folio's usual ones. A value of the wrong type is a `check` problem at
# its line, and so are a key folio does not read and a mapped field no article has.

$ folio list -C newsroom
> DATE        TITLE                             AUTHORS           TAGS
> 2024-10-01  Winter ferry timetable published  Li Wei            transport
> 2024-05-14  Harbour plan passes council vote  Jane Okoro, Tom…  council, harbour

$ folio list -C newsroom --format jsonl
> {"id":"2024__ferry-timetable","slug":"ferry-timetable","path":"2024/ferry-timetable.md","title":"Winter ferry timetable published","date":"2024-10-01","dateSource":"frontmatter","updated":null,"authors":["Li Wei"],"tags":["transport"],"summary":"The winter timetable starts on the first Sunday of November.","draft":false,"lang":null,"words":10,"readingMinutes":1,"data":{"headline":"Winter ferry timetable published","published_at":"2024-10-01","byline":"Li Wei","params":{"topics":["transport"]}}}
> {"id":"2024__harbour-vote","slug":"harbour-vote","path":"2024/harbour-vote.md","title":"Harbour plan passes council vote","date":"2024-05-14T18:30:00+01:00","dateSource":"frontmatter","updated":null,"authors":["Jane Okoro","Tom Becker"],"tags":["council","harbour"],"summary":"Councillors backed the plan by nine votes to four.","draft":false,"lang":null,"words":9,"readingMinutes":1,"data":{"headline":"Harbour plan passes council vote","first_published":"2024-05-14T18:30:00+01:00","byline":"Jane Okoro and Tom Becker","subjects":["council","harbour"],"standfirst":"Councillors backed the plan by nine votes to four."}}

$ folio list -C misconfigured
> DATE        TITLE                 AUTHORS         TAGS
>             A note
2> folio: folio.config.json:3: 'fields.date' must be a field name or a list of field names; ignored
2> folio: folio.config.json:4: 'fields.tags' must be a field name or a list of field names; ignored
2> folio: folio.config.json:6: 'fields.colour' is not a field folio reads (title, date, updated, author, tags, summary, lang); ignored
2> folio: folio.config.json:8: 'sort' must be one of date, title, path, words, updated; ignored
2> folio: folio.config.json:9: 'lang' must be a language tag (en, de, pt-BR, …); ignored
2> folio: folio.config.json:10: 'theme' must be the path of a theme folder; ignored
2> folio: folio.config.json:11: 'colour' is not a setting folio reads (title, baseUrl, author, authors, ignore, sort, lang, theme, template, fields, bodyTags); ignored

$ folio check -C newsroom
2> folio: no problems in 2 files

$ folio check -C misconfigured
> folio.config.json:3: 'fields.date' must be a field name or a list of field names; ignored
> folio.config.json:4: 'fields.tags' must be a field name or a list of field names; ignored
> folio.config.json:5: fields.author: no article has a 'byline' field
> folio.config.json:6: 'fields.colour' is not a field folio reads (title, date, updated, author, tags, summary, lang); ignored
> folio.config.json:8: 'sort' must be one of date, title, path, words, updated; ignored
> folio.config.json:9: 'lang' must be a language tag (en, de, pt-BR, …); ignored
> folio.config.json:10: 'theme' must be the path of a theme folder; ignored
> folio.config.json:11: 'colour' is not a setting folio reads (title, baseUrl, author, authors, ignore, sort, lang, theme, template, fields, bodyTags); ignored
2> folio: 8 problems in 1 of 1 files (1 indexed)
? 1
