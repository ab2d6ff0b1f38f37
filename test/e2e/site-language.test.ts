/**
 * The exported site speaks the archive's language: the config's `lang`, else the one most articles state. Its
 * words, month names and plural forms come from src/export/i18n/, and a theme's `i18n/<lang>.json` wins.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, removeFolder, runFolio } from '../helpers/cli.js';

const read = (site: string, file: string) => readFileSync(join(site, file), 'utf8');

test('a Russian archive exports a site in Russian: page words, month names, plural forms, search messages', {
  timeout: 120_000,
}, async () => {
  const root = copyFixture('site-ru');
  try {
    const result = await runFolio(['export', 'html', '--out', 'site', '--base-url', 'https://example.org/'], {
      cwd: root,
    });
    assert.equal(result.code, 0, result.stderr);
    const site = join(root, 'site');
    const home = read(site, 'index.html');
    assert.match(home, /<html lang="ru">/);
    assert.match(home, /<nav aria-label="Сайт">/);
    assert.match(home, /<title>Статьи<\/title>/, 'the default title is in Russian too');
    assert.match(home, />Теги</);
    assert.match(home, />Авторы</);
    assert.match(home, /Поиск по статьям/);
    assert.match(home, />14 марта 2024 г\.</, 'a month name in Russian, in the genitive as dates need');
    assert.doesNotMatch(home, />(?:Tags|Authors|Search the articles)</);
    const article = read(site, 'rynok/index.html');
    assert.match(article, /1 минута чтения/);
    assert.match(article, /Анна Смирнова<\/a> и <a[^>]*>Алесь Коваль/, 'names joined as Russian joins a list');
    assert.match(article, /Обновлено <time datetime="2024-05-20">20 мая 2024 г\.<\/time>/);
    const search = read(site, 'search/index.html');
    assert.match(search, /data-words="\{&quot;lang&quot;:&quot;ru&quot;,&quot;searching&quot;:&quot;Ищем…&quot;/);
    assert.match(search, /&quot;couldNotLoad&quot;:&quot;не удалось загрузить \{file\}&quot;/);
    assert.match(read(site, '404.html'), /Страница не найдена/);
    // Feeds: the language, and what a tag's or an author's feed lists, in Russian.
    const atom = read(site, 'feed.xml');
    assert.match(atom, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="ru">/);
    const rss = read(site, 'rss.xml');
    assert.match(rss, /<description>Статьи сайта Статьи, сначала новые<\/description>\n<language>ru<\/language>/);
    const tagFeed = read(site, join('tags', 'город', 'feed.xml'));
    assert.match(tagFeed, /<title>Статьи с тегом «город» · Статьи<\/title>/);
    assert.match(read(site, join('tags', 'город', 'index.html')), /title="Статьи с тегом «город» · Статьи"/);
    const authorRss = readdirSync(join(site, 'authors'))
      .filter((name) => name !== 'index.html')
      .map((name) => read(site, join('authors', name, 'rss.xml')));
    assert.ok(authorRss.some((feed) => /<title>Статьи автора Алесь Коваль · Статьи<\/title>/.test(feed)));
    for (const feed of [atom, rss, tagFeed, ...authorRss]) assert.doesNotMatch(feed, /Articles (?:tagged|by|of)/);
  } finally {
    removeFolder(root);
  }
});

test('the config names the language; a word from the theme folder wins over folio’s', {
  timeout: 120_000,
}, async () => {
  const root = copyFixture('site-ru');
  try {
    writeFileSync(join(root, 'folio.config.json'), JSON.stringify({ lang: 'de', theme: 'theme' }));
    mkdirSync(join(root, 'theme', 'i18n'), { recursive: true });
    writeFileSync(
      join(root, 'theme', 'i18n', 'de.json'),
      JSON.stringify({ tags: 'Rubriken', minRead: { one: 'eine Minute', other: '{n} Minuten' } }),
    );
    const result = await runFolio(['export', 'html', '--out', 'site'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    const home = read(join(root, 'site'), 'index.html');
    assert.match(home, /<html lang="de">/);
    assert.match(home, />Rubriken</, 'the theme’s word');
    assert.match(home, />Autorinnen und Autoren</, 'folio’s German for the rest');
    assert.match(home, />14\. März 2024</);
    assert.match(read(join(root, 'site'), 'rynok/index.html'), /eine Minute/);

    writeFileSync(join(root, 'theme', 'i18n', 'de.json'), JSON.stringify({ tagz: 'Rubriken' }));
    const bad = await runFolio(['export', 'html', '--out', 'site'], { cwd: root });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /de\.json: unknown word 'tagz'/);
  } finally {
    removeFolder(root);
  }
});
