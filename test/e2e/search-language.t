# fixture: search
# Case and accents do not matter; Cyrillic folds case; Chinese, Japanese and Korean are searchable by word.

$ folio search election --format paths
> fr/election-municipale.md
> en/belarus-election.md
> en/hostile.md
> en/harbour-notes.md
> en/election-observers.md

$ folio search ÉLECTION --format paths
> fr/election-municipale.md
> en/belarus-election.md
> en/hostile.md
> en/harbour-notes.md
> en/election-observers.md

$ folio search elections --format paths
> fr/election-municipale.md
> en/belarus-election.md
> en/hostile.md
> en/harbour-notes.md
> en/election-observers.md

$ folio search dépouillement --format paths
> fr/election-municipale.md

$ folio search depouillement --format paths
> fr/election-municipale.md

$ folio search лукашенко
> DATE        TITLE                 AUTHORS         TAGS
> 2021-08-09  Заметки о выборах     Алесь Коваль    выборы, Беларусь
>             Год назад Лукашенко объявил о победе. На улицах Минска стояли тысяч…

$ folio search ЛУКАШЕНКО --format paths
> ru/zametki.md

$ folio search минск* --format paths
> ru/zametki.md

$ folio search 北京
> DATE        TITLE                 AUTHORS         TAGS
> 2022-01-20  北京烤鸭              王芳            美食, 北京
>             我们昨天在北京吃了烤鸭。中华人民共和国的首都有很多有名的饭馆，选举…

$ folio search 烤鸭 --format paths
> zh/beijing.md

$ folio search 北京烤鸭 --format paths
> zh/beijing.md

$ folio search 人民 --format paths
> zh/beijing.md

$ folio search 京烤 --format paths
? 1

$ folio search 東京
> DATE        TITLE                 AUTHORS         TAGS
> 2024-05-20  東京の朝              佐藤 花         東京, 日記
>             東京の朝は静かです。駅に向かう人々は急いでいますが、誰も大きな声で…

$ folio search タワー --format paths
> ja/tokyo.md

$ folio search 静か --format paths
> ja/tokyo.md

$ folio search 서울
> DATE        TITLE                 AUTHORS         TAGS
> 2023-04-02  서울의 아침           김민준          여행
>             서울에서 친구를 만났습니다. 우리는 선거에 대해 이야기했습니다.

$ folio search 선거 --format paths
> ko/seoul.md
