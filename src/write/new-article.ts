/**
 * The text of a new article: YAML frontmatter (title, date, authors, tags, language) and an empty body, or a
 * template's frontmatter and body with `{{title}}`, `{{date}}` and `{{slug}}` replaced. Replacement is plain
 * text substitution inside the template's YAML values and body, never evaluation: a template holds no code.
 * Values are written by the `yaml` serializer, which quotes what needs quoting (a title with a colon stays text).
 * Pure: the template's text, today's date and the settings come in as values.
 */
import { isMap, isScalar, parseDocument, visit, type Document } from 'yaml';

export interface NewArticleFields {
  title: string;
  slug: string;
  /** A calendar date, `YYYY-MM-DD`. */
  date: string;
  authors: readonly string[];
  tags: readonly string[];
  lang?: string;
}

/** Why a template could not be used. */
export class TemplateProblem extends Error {}

const PLACEHOLDER = /\{\{\s*(title|date|slug)\s*\}\}/g;

/** `text` with each placeholder replaced by its value; anything else between braces is left as it is. */
export function fillPlaceholders(text: string, fields: Pick<NewArticleFields, 'title' | 'date' | 'slug'>): string {
  return text.replace(PLACEHOLDER, (_match, name: 'title' | 'date' | 'slug') => fields[name]);
}

/**
 * In the frontmatter, each placeholder first becomes a token of plain letters, which YAML reads as text wherever
 * it stands (bare, as in `date: {{date}}`, or inside quotes); the values replace the tokens after parsing, and the
 * serializer quotes them as they need. Replacing the text before parsing would let a title such as `a: b` change
 * the YAML's structure.
 */
const TOKEN_PREFIX = 'folioPlaceholderToken';
const TOKEN = new RegExp(`${TOKEN_PREFIX}(title|date|slug)`, 'g');

function tokensFor(text: string): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => `${TOKEN_PREFIX}${name}`);
}

function fillTokens(text: string, fields: Pick<NewArticleFields, 'title' | 'date' | 'slug'>): string {
  return text.replace(TOKEN, (_match, name: 'title' | 'date' | 'slug') => fields[name]);
}

/** The file text of a new article, from the fields alone or from `template` (the text of a Markdown file). */
export function newArticleText(fields: NewArticleFields, template?: string): string {
  const { head, body } = template === undefined ? { head: parseDocument(''), body: '' } : splitTemplate(template);
  if (head.contents !== null && !isMap(head.contents))
    throw new TemplateProblem('its frontmatter is not a list of key: value fields');

  visit(head, {
    Scalar(_key, node) {
      if (typeof node.value === 'string') node.value = fillTokens(node.value, fields);
    },
  });
  const has = (key: string) => head.has(key);
  // The template's own fields come first and stay; what it leaves out is filled in from the command.
  if (!has('title')) head.set('title', fields.title);
  if (!has('date')) head.set('date', head.createNode(fields.date));
  if (!has('author') && !has('authors') && fields.authors.length > 0) {
    if (fields.authors.length === 1) head.set('author', fields.authors[0]);
    else head.set('authors', [...fields.authors]);
  }
  if (fields.tags.length > 0) head.set('tags', mergedTags(head, fields.tags));
  else if (!has('tags')) head.set('tags', []);
  if (fields.lang !== undefined) head.set('lang', fields.lang);

  const yaml = head.toString({ lineWidth: 0, indent: 2 });
  const filled = fillPlaceholders(body, fields).replace(/^\n+/, '');
  return `---\n${yaml}---\n${filled === '' ? '' : `\n${filled.endsWith('\n') ? filled : `${filled}\n`}`}`;
}

/** The template's tags (a list or a comma-separated string) followed by the new ones, each once. */
function mergedTags(head: Document, tags: readonly string[]): string[] {
  const existing = head.get('tags');
  const given =
    typeof existing === 'string'
      ? existing.split(',').map((tag) => tag.trim())
      : existing && typeof existing === 'object' && 'items' in existing
        ? (existing.items as unknown[]).map((item) => String(isScalar(item) ? item.value : item))
        : [];
  return [...new Set([...given, ...tags].filter((tag) => tag !== ''))];
}

/** A template's YAML frontmatter, parsed, and its body. Only `---` fences: a template is folio's own file. */
function splitTemplate(text: string): { head: Document; body: string } {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!source.startsWith('---\n')) return { head: parseDocument(''), body: source };
  const end = source.indexOf('\n---', 3);
  const close = end === -1 ? -1 : source.indexOf('\n', end + 4);
  if (end === -1 || (close !== -1 && source.slice(end + 4, close).trim() !== '')) {
    throw new TemplateProblem('its frontmatter has no closing --- line');
  }
  const head = parseDocument(tokensFor(source.slice(4, end + 1)), { version: '1.2' });
  if (head.errors.length > 0)
    throw new TemplateProblem(`its frontmatter is not valid YAML: ${head.errors[0]!.message.split('\n')[0]}`);
  return { head, body: close === -1 ? '' : source.slice(close + 1) };
}

/** Today in the user's calendar (the process's time zone), as `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
