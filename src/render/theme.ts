/**
 * Semantic styles. Core code says what a piece of text is (a title, a date, a search hit); the CLI decides what
 * that looks like (chalk colours on a TTY, nothing in a pipe, tags in tests). No escape codes are made here.
 */

export type Role =
  | 'title'
  | 'heading'
  | 'date'
  | 'author'
  | 'tag'
  | 'path'
  | 'dim'
  | 'match'
  | 'error'
  | 'warning'
  | 'success'
  | 'strong'
  | 'emphasis'
  | 'code'
  | 'link'
  | 'quote'
  | 'strike'
  // Parts of a rendered article: list markers, rules and frames, URLs shown beside their link text.
  | 'bullet'
  | 'rule'
  | 'url'
  // Parts of highlighted source code.
  | 'keyword'
  | 'string'
  | 'comment'
  | 'number'
  | 'symbol'
  | 'type'
  | 'attribute'
  | 'inserted'
  | 'deleted';

export type Theme = Record<Role, (text: string) => string>;

const ROLES: readonly Role[] = [
  'title',
  'heading',
  'date',
  'author',
  'tag',
  'path',
  'dim',
  'match',
  'error',
  'warning',
  'success',
  'strong',
  'emphasis',
  'code',
  'link',
  'quote',
  'strike',
  'bullet',
  'rule',
  'url',
  'keyword',
  'string',
  'comment',
  'number',
  'symbol',
  'type',
  'attribute',
  'inserted',
  'deleted',
];

/** Builds a theme by applying `style` to every role. */
export function themeFrom(style: (role: Role, text: string) => string): Theme {
  return Object.fromEntries(
    ROLES.map((role) => [role, (text: string) => (text === '' ? '' : style(role, text))]),
  ) as Theme;
}

/** No styling at all: what pipes and `NO_COLOR` get. */
export const plainTheme: Theme = themeFrom((_role, text) => text);

/** Marks each role as `<role>text</role>`, so tests can see styling without escape codes. */
export const tagTheme: Theme = themeFrom((role, text) => `<${role}>${text}</${role}>`);
