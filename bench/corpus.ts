/**
 * Writes a deterministic archive of generated articles for benchmarks: the same count gives the same files,
 * byte for byte, on every machine. About 800 words an article (~5 KB), with frontmatter, headings, lists,
 * code, tables, links, some Cyrillic and CJK text, and planted words for search benchmarks:
 *
 *   - `zyzzogeton`   in 6 of 10,000 articles, 45 of 100,000 (a rare word)
 *   - `quokka`       in ~1% of articles
 *   - `harbor`       in ~50% of articles
 *   - the phrase `fundamental difference` in ~5%
 *   - words starting `democr` (democracy, democratic, …) in ~20%
 *
 * Usage: node dist/bench/corpus.js <count> <folder>
 */
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32): fast, and the same sequence everywhere. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'pel',
  'dri',
  'sun',
  'gar',
  'ne',
  'to',
  'bri',
  'cal',
  'for',
  'ma',
  'lin',
  'est',
  'or',
  'qui',
];
const COMMON = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'it',
  'as',
  'was',
  'with',
  'on',
  'by',
  'at',
  'from',
  'this',
  'an',
  'be',
];
const TOPICS = [
  'politics',
  'economy',
  'culture',
  'science',
  'travel',
  'technology',
  'history',
  'elections',
  'cities',
  'media',
  'health',
  'education',
  'climate',
  'sport',
  'books',
];
const AUTHORS = [
  'Ada Byron',
  'Tomás Ruiz',
  'Mira Okafor',
  'Jonas Berg',
  'Claire Dubois',
  'Алесь Коваль',
  '佐藤 花',
  'Kim Lee',
  'Sam Rivera',
  'Pavel Latushka',
];
const CYRILLIC = ['город', 'зима', 'выборы', 'общество', 'история', 'снег', 'улица', 'мост'];
const CJK = ['東京', '北京', '烤鸭', '電車', '天気', '新聞', '選挙', '경제', '서울'];

/** Builds a vocabulary of made-up words so word frequencies look natural (Zipf-like). */
function vocabulary(next: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

/** Generates the text of article `index` (0-based) of a corpus. */
export function article(index: number, vocab: string[]): { path: string; text: string } {
  const next = random(index * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const word = () => (next() < 0.45 ? pick(COMMON) : vocab[Math.floor(Math.pow(next(), 2.2) * vocab.length)]!);
  const sentence = (length: number) => {
    const words = Array.from({ length }, word);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  };
  const paragraph = (sentences: number) =>
    Array.from({ length: sentences }, () => sentence(8 + Math.floor(next() * 12))).join(' ');

  const year = 2005 + (index % 20);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const tags = [...new Set([pick(TOPICS), pick(TOPICS), pick(TOPICS)].slice(0, 1 + Math.floor(next() * 3)))];
  const title = sentence(3 + Math.floor(next() * 6)).slice(0, -1);
  const blocks: string[] = [];
  blocks.push(paragraph(3));
  let words = 80;
  while (words < 1080) {
    const kind = next();
    if (kind < 0.1) blocks.push(`## ${sentence(4).slice(0, -1)}`);
    else if (kind < 0.18)
      blocks.push(Array.from({ length: 3 + Math.floor(next() * 3) }, () => `- ${sentence(6)}`).join('\n'));
    else if (kind < 0.22)
      blocks.push(
        `\`\`\`js\nconst ${pick(vocab)} = compute(${Math.floor(next() * 100)});\nconsole.log(${pick(vocab)});\n\`\`\``,
      );
    else if (kind < 0.25)
      blocks.push(`| ${pick(vocab)} | ${pick(vocab)} |\n|---|---|\n| ${Math.floor(next() * 1000)} | ${pick(vocab)} |`);
    else if (kind < 0.28) blocks.push(`> ${sentence(12)}`);
    else if (kind < 0.31)
      blocks.push(
        `${paragraph(1)} See [an earlier piece](${String(Math.floor(next() * 1000)).padStart(5, '0')}.md) on **${pick(vocab)}**.`,
      );
    else if (kind < 0.33)
      blocks.push(
        `${pick(CYRILLIC)} ${pick(CYRILLIC)} ${pick(CYRILLIC)}. ${pick(CJK)}の${pick(CJK)}は${pick(CJK)}です。`,
      );
    else blocks.push(paragraph(2 + Math.floor(next() * 3)));
    words += 40;
  }
  // Planted words, placed by index so their frequencies are exact whatever the count.
  if (index === 7 || index % 3331 === 11 || index % 7777 === 5)
    blocks.push(`A zyzzogeton was seen near the ${pick(vocab)}.`);
  if (index % 100 === 42) blocks.push(`The quokka ${paragraph(1).toLowerCase()}`);
  if (index % 2 === 0) blocks.push(`Boats in the harbor ${sentence(6).toLowerCase()}`);
  if (index % 20 === 3) blocks.push(`This is the fundamental difference between ${pick(vocab)} and ${pick(vocab)}.`);
  if (index % 5 === 1)
    blocks.push(`${pick(['Democracy', 'Democratic', 'Democrats', 'Democratisation'])} ${sentence(7).toLowerCase()}`);

  const frontmatter = [
    '---',
    `title: "${title}"`,
    `date: ${date}`,
    `author: ${pick(AUTHORS)}`,
    `tags: [${tags.join(', ')}]`,
    ...(index % 50 === 0 ? ['draft: true'] : []),
    '---',
  ].join('\n');
  const folder = `${year}`;
  return {
    path: `${folder}/${String(index).padStart(6, '0')}-${title
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .slice(0, 40)
      .replace(/-+$/, '')}.md`,
    text: `${frontmatter}\n\n${blocks.join('\n\n')}\n`,
  };
}

/** Writes `count` articles into `folder` (emptied first). */
export function writeCorpus(count: number, folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  const vocab = vocabulary(random(1), 6000);
  for (let index = 0; index < count; index++) {
    const { path, text } = article(index, vocab);
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const count = Number(process.argv[2] ?? 1000);
  const folder = process.argv[3] ?? `bench/corpus/${count}`;
  writeCorpus(count, folder);
  console.log(`wrote ${count} articles to ${folder}`);
}
