/**
 * How text is cut into searchable words: one set of rules for article text when it is indexed and for the words
 * of a query, in Node and in a browser alike. Pure: `Intl.Segmenter` is the only platform API it uses (Node 16+,
 * every current browser).
 *
 * The command line indexes with SQLite's FTS5 tokenizer `unicode61 remove_diacritics 2 categories 'L* N* Co M*'`
 * (see index/schema.ts): a word is a run of letters, digits, private-use characters and combining marks; it is
 * lower-cased and Latin letters lose their accents (`Élection` → `election`, Cyrillic `й` stays `й`). That
 * tokenizer cannot see words in scripts written without spaces (Chinese, Japanese, Thai, …), so before text
 * reaches it, `prepareText` cuts those runs into words with `Intl.Segmenter` and puts an invisible separator
 * (U+200B) between them. `wordSpans` applies the same rules in JavaScript, with the position of each word in the
 * original text, for back ends without FTS5 (the exported site's search) and for highlighting matches.
 */

/** Separates words that the script does not separate; FTS5 treats it as a space, and it is invisible. */
export const WORD_SEPARATOR = '\u200b';

/** Characters that `prepareText` removes: snippet markers (which must never occur in text) and soft hyphens. */
const REMOVED = /[\u0002\u0003\u00ad]/g;
const HAS_REMOVED = /[\u0002\u0003\u00ad]/;

/**
 * Full-width Latin letters and digits, half-width katakana and Latin ligatures: folded to their ordinary forms.
 * Full-width punctuation (，：！) is left as the author wrote it: it separates words either way.
 */
const COMPATIBILITY_FORMS = /[\ufb00-\ufb06\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff65-\uff9f]+/g;
const HAS_COMPATIBILITY_FORMS = /[\ufb00-\ufb06\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff65-\uff9f]/;

/**
 * Scripts written without spaces between words, whose runs are cut into words with `Intl.Segmenter`. A run
 * includes the script's own punctuation (、。), which the segmenter keeps apart from the words.
 */
const UNSPACED_RUN =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]+/gu;
const UNSPACED = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;

/** Scripts whose words often carry endings glued to them (Korean particles: 서울 → 서울에서). */
const GLUED_ENDINGS = /[\p{Script=Hangul}]/u;

/** A run of word characters, as the FTS5 tokenizer sees them (what `prepareText` removes does not split words). */
const WORD_RUN = /[\p{L}\p{N}\p{Co}\p{M}\u0002\u0003\u00ad]+/gu;
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

const LATIN_LETTER = /\p{Script=Latin}/gu;
/** Combining diacritical marks (U+0300–U+036F): FTS5 drops them after any letter, not only Latin ones. */
const DIACRITICS = /[\u0300-\u036f]/g;

let segmenter: Intl.Segmenter | undefined;

/** Where ideographs meet katakana inside a dictionary word (東京|タワー), which is then two words. */
const HAN_KATAKANA = /(?<=\p{Script=Han})(?=\p{Script=Katakana})|(?<=\p{Script=Katakana})(?=\p{Script=Han})/u;

/**
 * Cuts a run of an unspaced script into its words, in order. The dictionary keeps some compounds whole
 * (東京タワー); splitting them where the script changes lets each part be found (タワー), and a query is cut
 * the same way, so the compound as a whole is still found as a phrase.
 */
function segmentRun(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const parts: string[] = [];
  for (const piece of runPieces(run)) {
    for (const { segment } of segmenter.segment(piece)) {
      if (segment.length > 1 && HAN_KATAKANA.test(segment)) parts.push(...segment.split(HAN_KATAKANA));
      else parts.push(segment);
    }
  }
  return parts;
}

/** Length of the pieces a long run is segmented in; see runPieces. */
const PIECE = 256;
const PUNCTUATION = /\p{P}/u;

/**
 * Cuts a long run into pieces of about PIECE units, each ending after punctuation (。、！), where no word
 * continues. Intl.Segmenter takes time quadratic in the length of its text (on Node 20, 0.85 s for 60,000
 * Chinese characters), and a Chinese article can be one run from start to end. A run with no punctuation for
 * PIECE units is cut anyway: such text is not prose.
 */
function runPieces(run: string): string[] {
  if (run.length <= 2 * PIECE) return [run];
  const pieces: string[] = [];
  let start = 0;
  while (run.length - start > 2 * PIECE) {
    let cut = start + PIECE;
    while (cut < start + 2 * PIECE && !PUNCTUATION.test(run[cut - 1]!)) cut++;
    // Never between the halves of a surrogate pair.
    if (cut < run.length && run.charCodeAt(cut) >= 0xdc00 && run.charCodeAt(cut) <= 0xdfff) cut++;
    pieces.push(run.slice(start, cut));
    start = cut;
  }
  pieces.push(run.slice(start));
  return pieces;
}

/** Normalises text the way both sides of a search must: composed characters, ordinary widths, no markers. */
export function normalizeText(text: string): string {
  // Each replacement is tested for first: most text needs none, and a test costs less than a replace.
  let normal = text.normalize('NFC');
  if (HAS_COMPATIBILITY_FORMS.test(normal))
    normal = normal.replace(COMPATIBILITY_FORMS, (forms) => forms.normalize('NFKC'));
  if (HAS_REMOVED.test(normal)) normal = normal.replace(REMOVED, '');
  return normal;
}

/**
 * Turns text into the form the FTS5 tokenizer indexes: normalised, with a separator around and between the
 * words of unspaced scripts. Removing the separators gives the normalised text back (for snippets).
 */
export function prepareText(text: string): string {
  const normal = normalizeText(text);
  if (!UNSPACED.test(normal)) return normal;
  return normal.replace(UNSPACED_RUN, (run) => WORD_SEPARATOR + segmentRun(run).join(WORD_SEPARATOR) + WORD_SEPARATOR);
}

/**
 * Lower-cases a word and removes its accents as the FTS5 tokenizer does: Latin letters lose theirs (`É` → `e`),
 * other letters keep theirs when they are part of the character (Cyrillic `й`, Greek `ά`), and a combining
 * accent left over after composition is dropped (the stress mark in `Москва́`).
 */
export function foldWord(word: string): string {
  // Plain ASCII letters and digits (most words of most archives) only need lower-casing.
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  const bare = normalizeText(word)
    .replace(LATIN_LETTER, (letter) => letter.normalize('NFD').replace(DIACRITICS, ''))
    .replace(DIACRITICS, '');
  // FTS5 folds the Greek final sigma to the ordinary one, so `σας` finds `ΣΑΣ`.
  return bare.toLowerCase().replace(/ς/g, 'σ').normalize('NFC');
}

const ASCII_WORD = /^[A-Za-z0-9]*$/;

/** A word of a text: where it is (UTF-16 offsets into the text given) and its folded form. */
export interface WordSpan {
  start: number;
  end: number;
  word: string;
}

/** Finds the words of `text` with their positions, by the same rules as the index. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const add = (start: number, end: number) => {
    const word = foldWord(text.slice(start, end));
    if (word !== '' && WORD_CHARACTER.test(word)) spans.push({ start, end, word });
  };
  const addWords = (from: number, to: number) => {
    if (to <= from) return;
    for (const run of text.slice(from, to).matchAll(WORD_RUN)) add(from + run.index, from + run.index + run[0].length);
  };
  let cursor = 0;
  if (UNSPACED.test(text)) {
    for (const run of text.matchAll(UNSPACED_RUN)) {
      addWords(cursor, run.index);
      let offset = run.index;
      for (const part of segmentRun(run[0])) {
        add(offset, offset + part.length);
        offset += part.length;
      }
      cursor = run.index + run[0].length;
    }
  }
  addWords(cursor, text.length);
  return spans;
}

/** The folded words of `text`, in order. */
export function searchWords(text: string): string[] {
  return wordSpans(text).map((span) => span.word);
}

/** Whether `text` holds anything to search for (a letter or a digit); punctuation and emoji alone do not. */
export function hasSearchableWord(text: string): boolean {
  return WORD_CHARACTER.test(text);
}

/**
 * Whether a word typed without `*` should still match longer words. True for scripts where a word seldom stands
 * alone: a Chinese or Japanese word may be part of a longer dictionary word in the text (東京 in 東京タワー), and
 * a Korean word usually carries a particle (서울 in 서울에서).
 */
export function matchesLongerWords(word: string): boolean {
  return UNSPACED.test(word) || GLUED_ENDINGS.test(word);
}
