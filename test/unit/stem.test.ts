import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMatches } from '../../src/query/match.js';
import { parseQuery } from '../../src/query/parse.js';
import {
  stemLanguage,
  stemmedForms,
  stemProbes,
  termWord,
  type StemLanguage,
  type Stemmers,
  type TermForms,
} from '../../src/query/stem.js';
import { loadStemmers } from '../../src/query/stemmers.js';

const STEMMERS = (await loadStemmers(['en', 'ru', 'de', 'fr', 'es'])) as Required<
  Pick<Stemmers, 'en' | 'ru' | 'de' | 'fr' | 'es'>
>;

test('the stemmers keep real words whole (Snowball, not a cruder stemmer)', () => {
  assert.equal(STEMMERS.en('elections'), 'elect');
  assert.equal(STEMMERS.en('news'), 'news');
  assert.equal(STEMMERS.en('connection'), 'connect');
  for (const word of ['выборы', 'выборах', 'выборов']) assert.equal(STEMMERS.ru(word), 'выбор');
  assert.equal(STEMMERS.de('wahlen'), STEMMERS.de('wahl'));
  assert.equal(STEMMERS.fr('journaux'), STEMMERS.fr('journal'));
  assert.equal(STEMMERS.es('elecciones'), STEMMERS.es('elección'));
});

test('an article is stemmed in its language, else the default, else English; unknown languages are not', () => {
  assert.equal(stemLanguage('ru'), 'ru');
  assert.equal(stemLanguage('es-ES'), 'es');
  assert.equal(stemLanguage('pt_BR'), 'pt');
  assert.equal(stemLanguage('nb'), 'no');
  assert.equal(stemLanguage('German'), 'de');
  assert.equal(stemLanguage(null, 'fr'), 'fr');
  assert.equal(stemLanguage(null), 'en');
  assert.equal(stemLanguage('  ', null), 'en');
  assert.equal(stemLanguage('zh'), null);
});

test('a query word stands for the words of the archive that share its stem; phrases, prefixes and names do not', () => {
  const term = (text: string) => {
    const node = parseQuery(text);
    assert.equal(node.kind, 'term');
    return node;
  };
  const vocabulary = [
    'vulnerabilities',
    'vulnerability',
    'vulnerable',
    'vulcan',
    'ciudad',
    'ciudades',
    'cities',
    'city',
  ];
  const candidates = (prefix: string) => vocabulary.filter((word) => word.startsWith(prefix));
  const forms = (text: string, languages: StemLanguage[]) => {
    const probes = stemProbes(term(text), languages, STEMMERS);
    return probes === null ? null : stemmedForms(termWord(term(text)), probes, STEMMERS, candidates);
  };
  assert.deepEqual(forms('vulnerabilities', ['en']), ['vulnerability', 'vulnerable']);
  assert.deepEqual(forms('Vulnerability', ['en']), ['vulnerabilities', 'vulnerable']);
  assert.deepEqual(forms('city', ['en']), ['cities']);
  // The base form stems shorter than its plural in Spanish; the word itself still finds the plural.
  assert.deepEqual(forms('ciudad', ['es']), ['ciudades']);
  assert.equal(forms('"vulnerabilities"', ['en']), null);
  assert.equal(forms('vulnerab*', ['en']), null);
  assert.equal(forms('node:test', ['en']), null);
  assert.equal(forms('v8', ['en']), null);
  assert.equal(forms('vulnerabilities', []), null);
});

test('highlights mark every form the search matched, and whole phrases', () => {
  const text = 'One vulnerability, then two vulnerabilities; the event loop runs.';
  const marked = (query: string, other: string[] = []) => {
    const node = parseQuery(query);
    const forms: TermForms = new Map();
    if (node.kind === 'term' && other.length > 0) forms.set(node, other);
    return findMatches(node, text, 'text', forms).map((range) => text.slice(range.start, range.end));
  };
  assert.deepEqual(marked('vulnerabilities', ['vulnerability']), ['vulnerability', 'vulnerabilities']);
  assert.deepEqual(marked('vulnerabilities'), ['vulnerabilities']);
  assert.deepEqual(marked('"event loop"'), ['event loop']);
});
