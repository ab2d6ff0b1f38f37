/**
 * Marks search hits in rendered text. What counts as a hit is the caller's to say (the search grammar's
 * matcher, src/query/match.ts, for `--highlight`); this module only finds the hits in runs of styled text,
 * which may cross span boundaries (`free **election**`), and adds the `match` style to them.
 */
import { span, withRole, type Span } from './spans.js';

/** Which part of the article a text is, so field terms (`title:x`) are marked only there. */
export type HitPart = 'title' | 'tag' | 'author' | 'text';

/** Finds the hits in `text`: [start, end) offsets, in order, not overlapping. */
export type HitMatcher = (text: string, part: HitPart) => readonly (readonly [number, number])[];

/** Adds the `match` role to the parts of `spans` where `matcher` finds hits. */
export function markHits(spans: readonly Span[], matcher: HitMatcher, part: HitPart = 'text'): Span[] {
  const text = spans.map((piece) => piece.text).join('');
  const hits = matcher(text, part);
  if (hits.length === 0) return [...spans];
  const out: Span[] = [];
  let offset = 0;
  let hit = 0;
  for (const piece of spans) {
    const start = offset;
    const end = offset + piece.text.length;
    offset = end;
    let cursor = start;
    while (hit < hits.length && hits[hit]![0] < end) {
      const [from, to] = hits[hit]!;
      const a = Math.max(from, cursor);
      const b = Math.min(to, end);
      if (a > cursor) out.push(span(piece.text.slice(cursor - start, a - start), piece.roles, piece.link));
      if (b > a) out.push(withRole(span(piece.text.slice(a - start, b - start), piece.roles, piece.link), 'match'));
      cursor = Math.max(cursor, b);
      if (to <= end) hit++;
      else break;
    }
    if (cursor < end) out.push(span(piece.text.slice(cursor - start), piece.roles, piece.link));
  }
  return out;
}
