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

const SITES =
  'facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|vk|viber|threads|bluesky|mastodon|flipboard';

export const CHROME_RULES: readonly ChromeRule[] = [
  {
    name: 'page anchors',
    example: 'top of page',
    pattern:
      /^(?:\^\s*)?(?:(?:back|go|return|scroll)\s+to\s+(?:the\s+)?)?(?:top|bottom)(?:\s+of\s+(?:the\s+)?page)?\s*[↑⇧^]?$/i,
    where: 'anywhere',
  },
  {
    name: 'page anchors in other languages',
    example: 'Наверх страницы',
    pattern:
      /^(?:(?:вернуться\s+)?(?:наверх|вверх|в\s+начало)(?:\s+страницы)?|к\s+(?:началу|концу)\s+страницы|конец\s+страницы|(?:уверх|наверх)(?:\s+старонкі)?|(?:вгору|угору|на\s+початок)(?:\s+сторінки)?|nach\s+oben|zum\s+seiten(?:anfang|ende)|seiten(?:anfang|ende)|(?:retour\s+en\s+)?haut\s+de\s+(?:la\s+)?page|retour\s+en\s+haut|bas\s+de\s+(?:la\s+)?page|(?:volver|ir)\s+arriba|torna\s+su|do\s+góry|na\s+górę)\s*[↑⇧^]?$/iu,
    where: 'anywhere',
  },
  {
    name: 'sharing in other languages',
    example: 'Поделиться: VK | Telegram',
    pattern: new RegExp(
      `^(?:поделиться|падзяліцца|поділитися|teilen|partager|compartir|condividi|udostępnij)(?:[\\s:|·•,/]+(?:${SITES}|вконтакте|одноклассники|drucken|imprimer|imprimir))*\\s*:?$`,
      'iu',
    ),
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
    pattern: new RegExp(
      `^(?:share(?:\\s+(?:this|on|via|the))?(?:\\s+(?:article|story|post|page|link))?|tweet|print(?:\\s+this)?(?:\\s+(?:article|page|story))?|email\\s+this(?:\\s+(?:article|story|page))?|copy\\s+link|(?:share\\s+(?:on|via)\\s+)?(?:${SITES}))(?:[\\s:|·•,/]+(?:${SITES}|print|copy link|tweet))*\\s*:?$`,
      'i',
    ),
    where: 'anywhere',
  },
  {
    name: 'breadcrumbs',
    example: 'Home > News > Politics',
    pattern:
      /^(?:home|main|start|главная|галоўная|startseite|accueil|inicio)\s*(?:[>»›/|→]\s*[^>»›|→]{1,40}?\s*){1,6}$/i,
    where: 'anywhere',
  },
  {
    name: 'advertising labels',
    example: 'Advertisement',
    pattern: /^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|реклама|anzeige|publicité)$/i,
    where: 'anywhere',
  },
  {
    name: 'advertising breaks',
    example: 'SKIP ADVERTISEMENT',
    pattern:
      /^(?:skip\s+advertisement|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?advert(?:isement)?)?|реклама:|reklama:?|werbung)$/iu,
    where: 'anywhere',
  },
  {
    name: 'links to other articles inside the text',
    example: 'Lire aussi | Un autre article',
    pattern:
      /^(?:lire\s+aussi|read\s+more|read\s+also|see\s+also|читайте\s+также|чытайце\s+таксама|читайте\s+також|czytaj\s+(?:też|także)|lesen\s+sie\s+auch|leer\s+más|leggi\s+anche|leia\s+também)\s*[|:]\s+.{1,160}$/iu,
    where: 'anywhere',
  },
  {
    name: 'picture credits',
    example: 'Image source, Getty Images',
    pattern: /^(?:image\s+source|picture\s+source|video\s+source),\s*.{1,80}$/i,
    where: 'anywhere',
  },
  {
    name: 'buttons and labels around an article',
    example: 'Save',
    pattern:
      /^(?:save|saved|listen|follow|following|like|restack|write|open\s+in\s+app|supported\s+by|share\s+full\s+article|show\s+more|listen\s+to\s+this\s+article.{0,40}|\d{1,6}|--|[·∙•]|(?:\d+\s+)?(?:likes?|restacks?|followers)|zur\s+merkliste\s+hinzufügen|merken|artikel\s+anhören|link\s+kopieren|weitere\s+optionen\s+zum\s+teilen|x\.com|offrir\s+l[’']article|ajouter\s+à\s+(?:vos|mes)\s+sélections|article\s+réservé\s+aux\s+abonnés|écouter\s+cet\s+article|compartir\s+en\s+\S+|copiar\s+enlace|ir\s+a\s+los\s+comentarios|partilhar|condividi|udostępnij|シェア|分享到[：:]?|关注|reporting\s+from\s+.{1,60}|reuters\s+home|ap\s+logo)$/iu,
    where: 'edges',
  },
  {
    name: 'what follows an article',
    example: 'Explore more on these topics',
    pattern:
      /^(?:explore\s+more\s+on\s+th(?:ese|is)\s+topics?|reuse\s+this\s+content|related\s+(?:topics|content|coverage|reading)|more\s+on\s+this\s+(?:story|topic)|suggested\s+topics:?|purchase\s+licensing\s+rights.{0,20}|read\s+next|our\s+standards:.{0,80}|site\s+index|site\s+information\s+navigation|a\s+version\s+of\s+this\s+article\s+appears\s+in\s+print.{0,200}|contribuer|réutiliser\s+ce\s+contenu|services\s+le\s+monde|mehr\s+zum\s+thema|feedback|diskutieren\s+sie\s+mit|читайте\s+также|читайте\s+також|чытайце\s+таксама|каментары|комментарии|коментарі|czytaj\s+(?:też|także):?|archivado\s+en|tópicos|temas|(?:tags?|topics?|теги|теми|темы|тэгі|schlagwörter|mots-clés|etiquetas)\s*:.{0,160}|←.{0,80}|.{0,80}→|like\s+this:|like\s+loading\.*|leave\s+a\s+reply(?:\s+cancel\s+reply)?|blog\s+at\s+wordpress\.com\.?|powered\s+by\s+\S+|discussion\s+about\s+this\s+post|written\s+by\s+.{1,60}|subscribe\s+to\s+.{1,60}|start\s+writing|get\s+the\s+app|privacy\s*[∙·|].{0,80}|help|status|about|careers|press|blog|privacy|terms|text\s+to\s+speech|teams|contact\s+us|accessibility|work\s+with\s+us|nytco|相关新闻|関連記事|alle\s+rechte\s+vorbehalten|版权所有.{0,80}|.{0,80}is\s+the\s+home\s+for\s+great\s+culture)$/iu,
    where: 'edges',
  },
  {
    name: 'menus and accounts',
    example: 'Sign in | Subscribe',
    pattern:
      /^(?:menu|search|close|open menu|toggle navigation|navigation|sign\s*in|log\s*in|sign\s*up|register|subscribe|my account|newsletter)(?:\s*[|·•/]\s*(?:menu|search|sign\s*in|log\s*in|sign\s*up|register|subscribe|my account|newsletter))*$/i,
    where: 'edges',
  },
  {
    name: 'cookie notices',
    example: 'We use cookies to improve your experience. Accept all',
    pattern:
      /^(?:(?:this\s+(?:web)?site|we)\s+uses?\s+cookies\b.*|accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?|(?:manage|cookie)\s+(?:settings|preferences)|i\s+agree|got\s+it|ok(?:ay)?)$/i,
    where: 'edges',
  },
  {
    name: 'copyright lines',
    example: '© 2024 The Daily Planet. All rights reserved.',
    pattern: /^(?:(?:©|\(c\)|copyright)\s*.{0,190}|.{0,190}\ball rights reserved\.?.{0,120})$/i,
    where: 'edges',
  },
  {
    name: 'read-more and comment prompts',
    example: 'Related articles',
    pattern:
      /^(?:related(?:\s+(?:articles|stories|posts|content))?|read\s+(?:more|next|also)|more\s+(?:stories|from\s+.{1,60})|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|(?:leave\s+a\s+|\d+\s+)?comments?(?:\s*\(\d+\))?|most\s+(?:read|popular|viewed))\s*:?$/i,
    where: 'edges',
  },
];

/** Lines longer than this are prose, whatever they start with. */
const MAX_CHROME_LENGTH = 320;

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
