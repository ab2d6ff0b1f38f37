/**
 * Escaping by construction. Page templates are written with the `html` tag: every interpolated value is
 * escaped for HTML text and quoted attributes unless it is already `Markup` (the output of another template, or
 * HTML the Markdown renderer made safe). The same holds for XML (`xml`), and for JSON placed inside a
 * `<script>` element (`jsonInScript`), so no title, tag or frontmatter value can close an element or a string.
 */
import { escapeHtml } from '../render/html.js';

/** A string that is already safe to place in HTML as is. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text (escaped), markup (kept), numbers, lists, and nothing. */
export type Interpolation = string | number | Markup | null | undefined | false | readonly Interpolation[];

/** Trusts `text` as markup. Only for HTML made safe elsewhere (the Markdown renderer, the site's own assets). */
export function trusted(text: string): Markup {
  return new Markup(text);
}

/** Tagged template for HTML: escapes every interpolation that is not Markup. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i], escapeHtml) + strings[i + 1]!;
  return new Markup(out);
}

/** Characters XML 1.0 forbids in a document, even escaped: controls, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Escapes text for XML content and attributes, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Tagged template for XML (feeds, sitemap): escapes every interpolation that is not Markup. */
export function xml(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i], escapeXml) + strings[i + 1]!;
  return new Markup(out);
}

/** JSON for a `<script>` element or a script file: `<`, `>`, `&` and line separators escaped so nothing can end the script. */
export function jsonInScript(value: unknown): Markup {
  return new Markup(scriptJson(value));
}

/** The JSON text used by `jsonInScript`, as a plain string (for script files). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029\u007f-\u009f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function render(value: Interpolation, escapeText: (text: string) => string): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map((item) => render(item, escapeText)).join('');
  return escapeText(String(value));
}
