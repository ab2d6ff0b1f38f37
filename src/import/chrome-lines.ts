/**
 * Page chrome: the lines a web page adds around an article that are not part of it ("top of page", "Share this",
 * "Home > News > World", cookie notices, copyright lines). Saved pages, copied text and HTML blocks are checked
 * against this list, line by line. It is deliberately small and literal: a rule matches a whole line, never a
 * word inside a sentence, so an article that talks about cookies keeps every word.
 *
 * To teach folio a new leftover, add a rule: a name, an example, the pattern for the whole (trimmed) line, and
 * where it may stand. `anywhere` rules are short stock phrases that are never prose; `edges` rules describe longer
 * notices that are removed only before the article's first paragraph or after its last one.
 */

export interface ChromeRule {
  name: string;
  example: string;
  /** Tested against the line with surrounding spaces removed and inner runs of spaces collapsed. */
  pattern: RegExp;
  where: 'anywhere' | 'edges';
}

const SITES = 'facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|vk|viber|threads|bluesky|mastodon|flipboard';

export const CHROME_RULES: readonly ChromeRule[] = [
  {
    name: 'page anchors',
    example: 'top of page',
    pattern: /^(?:\^\s*)?(?:(?:back|go|return|scroll)\s+to\s+(?:the\s+)?)?(?:top|bottom)(?:\s+of\s+(?:the\s+)?page)?\s*[↑⇧^]?$/i,
    where: 'anywhere',
  },
  {
    name: 'page anchors in other languages',
    example: 'Наверх страницы',
    pattern: /^(?:(?:вернуться\s+)?(?:наверх|вверх|в\s+начало)(?:\s+страницы)?|к\s+(?:началу|концу)\s+страницы|конец\s+страницы|(?:уверх|наверх)(?:\s+старонкі)?|(?:вгору|угору|на\s+початок)(?:\s+сторінки)?|nach\s+oben|zum\s+seiten(?:anfang|ende)|seiten(?:anfang|ende)|(?:retour\s+en\s+)?haut\s+de\s+(?:la\s+)?page|retour\s+en\s+haut|bas\s+de\s+(?:la\s+)?page|(?:volver|ir)\s+arriba|torna\s+su|do\s+góry|na\s+górę)\s*[↑⇧^]?$/iu,
    where: 'anywhere',
  },
  {
    name: 'sharing in other languages',
    example: 'Поделиться: VK | Telegram',
    pattern: new RegExp(`^(?:поделиться|падзяліцца|поділитися|teilen|partager|compartir|condividi|udostępnij)(?:[\\s:|·•,/]+(?:${SITES}|вконтакте|одноклассники|drucken|imprimer|imprimir))*\\s*:?$`, 'iu'),
    where: 'anywhere',
  },
  {
    name: 'skip links',
    example: 'Skip to main content',
    pattern: /^skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|article|search)$/i,
    where: 'anywhere',
  },
  {
    name: 'sharing',
    example: 'Share this article',
    pattern: new RegExp(`^(?:share(?:\\s+(?:this|on|via|the))?(?:\\s+(?:article|story|post|page|link))?|tweet|print(?:\\s+this)?(?:\\s+(?:article|page|story))?|email\\s+this(?:\\s+(?:article|story|page))?|copy\\s+link|(?:share\\s+(?:on|via)\\s+)?(?:${SITES}))(?:[\\s:|·•,/]+(?:${SITES}|print|copy link|tweet))*\\s*:?$`, 'i'),
    where: 'anywhere',
  },
  {
    name: 'breadcrumbs',
    example: 'Home > News > Politics',
    pattern: /^(?:home|main|start|главная|галоўная|startseite|accueil|inicio)\s*(?:[>»›/|→]\s*[^>»›|→]{1,40}?\s*){1,6}$/i,
    where: 'anywhere',
  },
  {
    name: 'advertising labels',
    example: 'Advertisement',
    pattern: /^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|реклама|anzeige|publicité)$/i,
    where: 'anywhere',
  },
  {
    name: 'menus and accounts',
    example: 'Sign in | Subscribe',
    pattern: /^(?:menu|search|close|open menu|toggle navigation|navigation|sign\s*in|log\s*in|sign\s*up|register|subscribe|my account|newsletter)(?:\s*[|·•/]\s*(?:menu|search|sign\s*in|log\s*in|sign\s*up|register|subscribe|my account|newsletter))*$/i,
    where: 'edges',
  },
  {
    name: 'cookie notices',
    example: 'We use cookies to improve your experience. Accept all',
    pattern: /^(?:(?:this\s+(?:web)?site|we)\s+uses?\s+cookies\b.*|accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?|(?:manage|cookie)\s+(?:settings|preferences)|i\s+agree|got\s+it|ok(?:ay)?)$/i,
    where: 'edges',
  },
  {
    name: 'copyright lines',
    example: '© 2024 The Daily Planet. All rights reserved.',
    pattern: /^(?:(?:©|\(c\)|copyright)\s*.{0,120}|.{0,120}\ball rights reserved\.?)$/i,
    where: 'edges',
  },
  {
    name: 'read-more and comment prompts',
    example: 'Related articles',
    pattern: /^(?:related(?:\s+(?:articles|stories|posts|content))?|read\s+(?:more|next|also)|more\s+(?:stories|from\s+.{1,60})|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|(?:leave\s+a\s+|\d+\s+)?comments?(?:\s*\(\d+\))?|most\s+(?:read|popular|viewed))\s*:?$/i,
    where: 'edges',
  },
];

/** Lines longer than this are prose, whatever they start with. */
const MAX_CHROME_LENGTH = 200;

function normalise(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/** Returns the rule that `line` matches, if any; `atEdge` says whether edge-only rules apply. */
export function chromeRuleFor(line: string, atEdge: boolean): ChromeRule | undefined {
  // Cheap first: most lines of an article are long sentences.
  if (line.length > MAX_CHROME_LENGTH * 2) return undefined;
  const text = normalise(line);
  if (text === '' || text.length > MAX_CHROME_LENGTH) return undefined;
  return CHROME_RULES.find((rule) => (atEdge || rule.where === 'anywhere') && rule.pattern.test(text));
}

/** Whether `line` is page chrome (`atEdge`: the line stands before the article's first or after its last paragraph). */
export function isChromeLine(line: string, atEdge: boolean): boolean {
  return chromeRuleFor(line, atEdge) !== undefined;
}
