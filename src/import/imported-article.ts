/**
 * What a converter makes of one page: the metadata the page states and its text as Markdown. A value the page
 * does not state is null or empty, never guessed; the file name fills in a missing title later.
 */
import type { ImportedAuthor } from './byline.js';

export type { ImportedAuthor } from './byline.js';

export interface ImportedArticle {
  title: string | null;
  authors: ImportedAuthor[];
  /** As the page states it: `YYYY-MM-DD` or an ISO 8601 date-time; checked to be a real date. */
  date: string | null;
  updated: string | null;
  /** A language tag the page declares (`en`, `ru`, `en-GB`). */
  lang: string | null;
  /** Where the page was published, when it says so (canonical link, Open Graph URL, "saved from" note). */
  url: string | null;
  /** The article's text as Markdown, without the title line. */
  body: string;
}

/** A page that cannot be imported, and why, in words for the user. */
export interface Refusal {
  refused: string;
}

export type ConversionResult = ImportedArticle | Refusal;

/** Whether a conversion was refused. */
export function isRefusal(result: ConversionResult): result is Refusal {
  return 'refused' in result;
}

// C0 controls except tab and newline, DEL, C1 controls and the bidirectional overrides: none belongs in an
// article, and an escape sequence kept in a Markdown file would reach the terminal of anyone who runs `cat`.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Removes control characters and escape sequences from imported text (tabs and newlines stay). */
export function withoutControls(text: string): string {
  if (!HAS_CONTROL.test(text)) return text;
  // An ANSI/OSC sequence loses its whole body, not only its ESC, so no `[31m` is left behind in the words.
  return text
    .replace(/\u001b\][^\u0007\u001b]{0,2000}(?:\u0007|\u001b\\)?/g, '')
    .replace(/\u001b\[[0-?]{0,40}[ -/]{0,10}[@-~]?/g, '')
    .replace(CONTROLS, '');
}

/** Collapses a one-line value (title, name, role): controls removed, runs of spaces made one. */
export function oneLine(text: string): string {
  return withoutControls(text).replace(/\s+/g, ' ').trim();
}
