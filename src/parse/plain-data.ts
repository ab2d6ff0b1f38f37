/**
 * Turns parsed frontmatter into JSON-safe data with bounded size, so that no article can make a later
 * `JSON.stringify` (export, `--format json`) explode or loop.
 */

export class PlainDataError extends Error {}

const MAX_NODES = 20_000;
/** How deep frontmatter may nest: real frontmatter nests a few levels (Hugo menus, four). */
export const MAX_DEPTH = 32;

/** What is wrong with frontmatter nested deeper than MAX_DEPTH, in every language's words alike. */
export const TOO_DEEP = `is nested more than ${MAX_DEPTH} levels deep`;

/**
 * Whether a parser's error says the text nests too deeply for it: its stack ran out (YAML) or it stopped at a
 * limit of its own (TOML's). Either happens only far deeper than MAX_DEPTH.
 */
export function isStackOverflow(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return /Maximum call stack size exceeded|too much recursion|excessively nested/i.test(message);
}

/** Copies `value` into plain objects, arrays, strings, numbers, booleans and null; dates become strings as written. */
export function toPlainData(value: unknown): unknown {
  let nodes = 0;
  const visit = (item: unknown, depth: number): unknown => {
    if (++nodes > MAX_NODES) throw new PlainDataError(`has more than ${MAX_NODES} values`);
    if (depth > MAX_DEPTH) throw new PlainDataError(TOO_DEEP);
    if (item === null || item === undefined) return null;
    switch (typeof item) {
      case 'string':
      case 'boolean':
        return item;
      case 'number':
        return Number.isFinite(item) ? item : String(item);
      case 'bigint':
        return Number.isSafeInteger(Number(item)) ? Number(item) : item.toString();
      case 'object':
        break;
      default:
        return String(item);
    }
    if (item instanceof Date) {
      // TOML dates print back in the form they were written (date-only, local or with offset), but with
      // milliseconds always: `10:00:00` must not come back as `10:00:00.000`.
      return Number.isNaN(item.getTime())
        ? null
        : item.toISOString().replace(/(T\d\d:\d\d:\d\d)\.000(?=Z|[+-]\d\d:\d\d|$)/, '$1');
    }
    if (Array.isArray(item)) return item.map((element) => visit(element, depth + 1));
    if (item instanceof Map) {
      return Object.fromEntries([...item].map(([key, element]) => [String(key), visit(element, depth + 1)]));
    }
    // fromEntries defines own properties, so a `__proto__` key stays data and cannot reach a prototype.
    return Object.fromEntries(Object.entries(item).map(([key, element]) => [key, visit(element, depth + 1)]));
  };
  return visit(value, 0);
}
