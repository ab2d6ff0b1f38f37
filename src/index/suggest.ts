/**
 * "Did you mean" on the command line: when a query matched nothing, the query with each word the archive does
 * not hold replaced by the closest word it does, by the rule of query/suggest.ts. The candidates are the
 * terms of FTS5's own vocabulary that start with the word's first letter, read as a range of its sorted list,
 * so the work is bounded by one letter's words however large the archive is.
 */
import { positiveTerms, type QueryNode } from '../query/ast.js';
import type { TermForms } from '../query/stem.js';
import { closestWord, correctableWord, correctedQuery, firstLetter, type WordCount } from '../query/suggest.js';
import { prefixEnd } from '../query/stem.js';
import type { Db } from './database.js';

/** The suggested query for `text` (parsed as `query`, with the other forms its words matched), or null. */
export function suggestQuery(db: Db, text: string, query: QueryNode, forms: TermForms | undefined): string | null {
  let held: ((word: string) => boolean) | undefined;
  let startingWith: ((letter: string) => WordCount[]) | undefined;
  const replacements = new Map<string, string>();
  for (const term of positiveTerms(query)) {
    const word = correctableWord(term);
    if (word === null || (forms?.get(term)?.length ?? 0) > 0) continue;
    if (!held || !startingWith) {
      db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.folio_terms USING fts5vocab(main, 'articles_fts', 'row')");
      const one = db.prepare('SELECT 1 FROM temp.folio_terms WHERE term = ?').pluck();
      const range = db.prepare(
        'SELECT term AS word, doc AS articles FROM temp.folio_terms WHERE term >= ? AND term < ?',
      );
      held = (candidate) => one.get(candidate) !== undefined;
      startingWith = (letter) => range.all(letter, prefixEnd(letter)) as WordCount[];
    }
    if (held(word)) continue;
    const suggestion = closestWord(word, startingWith(firstLetter(word)));
    if (suggestion !== null) replacements.set(term.text, suggestion);
  }
  return replacements.size === 0 ? null : correctedQuery(text, replacements);
}
