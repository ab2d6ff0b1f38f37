/**
 * The words of an exported site's interface ("Tags", "Older", "5 min read", "Search the articles"), one file per
 * language in this folder, and the pure functions that fill them in: `{name}` placeholders, plural forms chosen by
 * `Intl.PluralRules`, days written by `Intl.DateTimeFormat`. Used by the page templates in Node and by the search
 * script in the browser, so it reads no files and knows no DOM.
 *
 * To add a word: add its key here with a comment, give it in en.ts (the fallback for every language), and in as
 * many other languages as you can; a language that lacks it shows the English. A site owner overrides any word,
 * or adds a language, with `i18n/<lang>.json` in the theme folder.
 */

/** A word that changes with a number: one form per plural category of the language (`other` is required). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface SiteWords {
  /** The skip link at the top of every page. */
  skipToContent: string;
  /** The label of the header's links to the tags and authors pages. */
  siteNavigation: string;
  /** The site's title when none is configured. */
  articles: string;
  tags: string;
  authors: string;
  /** The label of the search box on every page and of the search page's form. */
  searchTheArticles: string;
  /** The search button, the search box's placeholder, the search page's title. */
  search: string;
  atomFeed: string;
  rss: string;
  publishedWith: string;
  /** Before the authors' names in an article's byline: `{names}` is the list. */
  byNames: string;
  /** The reading time: `{n}` minutes. */
  minRead: Plural;
  /** `{date}` of the last update. */
  updated: string;
  older: string;
  newer: string;
  /** Label of the links to the previous and next articles. */
  moreArticles: string;
  /** Heading of the list of articles that link to this one. */
  linkedFrom: string;
  /** Label of the links between pages of a list. */
  pages: string;
  pageOf: string;
  /** The heading of a list's later pages: `{heading}` and `{page}`. */
  headingPage: string;
  draft: string;
  noArticles: string;
  noneYet: string;
  homeDescription: string;
  tagDescription: string;
  authorDescription: string;
  groupIndexDescription: string;
  searchDescription: string;
  /** Under the search box; `{phrase}`, `{exclude}`, `{prefix}`, `{or}`, `{fields}` are examples of the syntax. */
  searchHelp: string;
  moreResults: string;
  /** Shown without JavaScript; `{tags}` and `{authors}` are links with the words below. */
  searchNeedsScript: string;
  tagsLink: string;
  authorsLink: string;
  notFound: string;
  /** `{home}` is a link with the words of `homePage`. */
  notFoundText: string;
  homePage: string;
  /** The search script's messages. */
  searching: string;
  searchFailed: string;
  /** The reason a search failed when a part of the index did not load: `{file}` is its name. */
  couldNotLoad: string;
  noResults: string;
  results: Plural;
  resultsShowing: string;
  showingOfUpTo: string;
  /** When nothing matched: `{query}` is a link to the suggested query. */
  didYouMean: string;
  /** The search page's filter pane: its label, the year filter, the choice of no filter, the order. */
  filters: string;
  year: string;
  anyValue: string;
  sortBy: string;
  relevance: string;
  newestFirst: string;
}

export type WordKey = keyof SiteWords;

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The form of `plural` for `count` in `lang`, filled in with `{n}` (written with the language's digits). */
export function plural(lang: string, forms: Plural, count: number): string {
  const { rules, numbers } = formatters(lang);
  return fill(forms[rules.select(count)] ?? forms.other, { n: numbers.format(count) });
}

/** A calendar day `YYYY-MM-DD` written out in `lang` ("1 March 2024", "1 марта 2024 г.", "2024年3月1日"). */
export function formatDay(lang: string, day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  // The day is a calendar day: formatted at noon UTC, in UTC, it never shifts.
  return formatters(lang).days.format(new Date(Date.UTC(year, month - 1, date, 12)));
}

/** The parts of a list of `count` items as the language joins them ("A, B and C", "A, B и C", "A、B、C"). */
export function listParts(lang: string, count: number): ({ item: number } | { text: string })[] {
  const placeholders = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
  const text = formatters(lang).lists.format(placeholders);
  return text
    .split(/\u0000(\d+)\u0000/)
    .map((part, i) => (i % 2 === 1 ? { item: Number(part) } : { text: part }))
    .filter((part) => !('text' in part) || part.text !== '');
}

/** The Intl formatters of one language. */
interface Formatters {
  rules: Intl.PluralRules;
  numbers: Intl.NumberFormat;
  days: Intl.DateTimeFormat;
  lists: Intl.ListFormat;
}

/**
 * Formatters made once per language: making an `Intl.DateTimeFormat` costs far more than using it. A fresh one
 * for every date on every page was a quarter of the CPU time of exporting 10,000 articles (47 s → 35 s, user +
 * system, same machine and load).
 */
const formattersByLang = new Map<string, Formatters>();

function formatters(lang: string): Formatters {
  let found = formattersByLang.get(lang);
  if (!found) {
    const locale = safeLocale(lang);
    const display = displayLocale(lang);
    found = {
      rules: new Intl.PluralRules(locale),
      numbers: new Intl.NumberFormat(locale),
      days: new Intl.DateTimeFormat(display, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
      lists: new Intl.ListFormat(display, { type: 'conjunction' }),
    };
    formattersByLang.set(lang, found);
  }
  return found;
}

/**
 * The locale that writes `lang`: English sites keep the forms folio has always written ("1 March 2024", "A, B
 * and C") unless they say `en-US`.
 */
function displayLocale(lang: string): string {
  return /^en(?:$|-)/i.test(lang) && !/^en-US$/i.test(lang) ? 'en-GB' : safeLocale(lang);
}

/** `lang` if Intl knows it, else English. */
function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
