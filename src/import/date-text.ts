/**
 * Reads a date that a page states in words or numbers ("14 September 2023", "Sep 14, 2023", "2023-09-14",
 * "14.09.2023", "14 сентября 2023 г.", "14 de septiembre de 2023"), as found under a headline or inside a <time> element. Only whole, unambiguous, real dates are
 * accepted: "03/04/2024" (day or month first?) and "2024-02-30" are not dates, and nothing is ever guessed.
 */
import { isCalendarDay, parseDateValue } from '../parse/dates.js';

/**
 * Month names as dates are written under headlines: English (with abbreviations), then French, German, Spanish,
 * Italian, Portuguese, and the genitive forms Russian, Belarusian, Ukrainian and Polish use after a day number.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    'jan',
    'january',
    'janvier',
    'januar',
    'jänner',
    'enero',
    'gennaio',
    'janeiro',
    'января',
    'студзеня',
    'січня',
    'stycznia',
  ],
  [
    'feb',
    'february',
    'février',
    'fevrier',
    'februar',
    'febrero',
    'febbraio',
    'fevereiro',
    'февраля',
    'лютага',
    'лютого',
    'lutego',
  ],
  ['mar', 'march', 'mars', 'märz', 'marzo', 'março', 'marca', 'марта', 'сакавіка', 'березня'],
  ['apr', 'april', 'avril', 'abril', 'aprile', 'апреля', 'красавіка', 'квітня', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'мая', 'травня', 'maja'],
  ['jun', 'june', 'juin', 'juni', 'junio', 'giugno', 'junho', 'июня', 'чэрвеня', 'червня', 'czerwca'],
  ['jul', 'july', 'juillet', 'juli', 'julio', 'luglio', 'julho', 'июля', 'ліпеня', 'липня', 'lipca'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'августа', 'жніўня', 'серпня', 'sierpnia'],
  [
    'sep',
    'sept',
    'september',
    'septembre',
    'septiembre',
    'setiembre',
    'settembre',
    'setembro',
    'сентября',
    'верасня',
    'вересня',
    'września',
  ],
  [
    'oct',
    'october',
    'octobre',
    'oktober',
    'octubre',
    'ottobre',
    'outubro',
    'октября',
    'кастрычніка',
    'жовтня',
    'października',
  ],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'ноября', 'лістапада', 'листопада', 'listopada'],
  [
    'dec',
    'december',
    'décembre',
    'decembre',
    'dezember',
    'diciembre',
    'dicembre',
    'dezembro',
    'декабря',
    'снежня',
    'грудня',
    'grudnia',
  ],
];

const MONTHS = new Map(MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

const monthNumber = (name: string) => MONTHS.get(name.normalize('NFC').toLowerCase());

const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?`;
/** Before a day number: a weekday in any language ("Thu", "Jeudi", "Четвер,"), or "Le" (French). */
const DAY_PREFIX = String.raw`(?:\p{L}{2,12}\.?,?\s+)?`;
const PREFIX = String.raw`(?:(?:published|posted|first\s+published)(?:\s+on)?:?\s+)?`;
/** A clock time as pages print it: "18:30", "18.30", "6:30 p.m.", "18h30", "18 Uhr", with a zone ("GMT+1", "CET"). */
const CLOCK = String.raw`\d{1,2}(?:[:.h]\d{2})?(?:\s*[ap]\.?m\.?|\s*uhr|\s*h)?(?:\s+(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?))?`;
/** Anything after the date on the same line: a time, a zone ("06:00 GMT", "at 9.30am", "à 18h30", "18.30 Uhr"). */
const TIME_SUFFIX = String.raw`(?:,?\s+(?:(?:at|à|a\s+las|alle|às|um|в|o)\s+)?(?=\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?m|\d{1,2}\s+uhr)${CLOCK})?`;
/** A time before the date ("18:30, 14 марта 2024", "6:30 PM GMT+1, March 14, 2024"). */
const TIME_PREFIX = String.raw`(?:(?=\d{1,2}[:.h]\d{2})${CLOCK},?\s+)?`;

/** "г." / "года" (Russian, Belarusian), "р." / "року" (Ukrainian), "r." / "roku" (Polish) may follow the year. */
const YEAR_WORD = String.raw`(?:\s*(?:г\.|года|гады|р\.|року|r\.|roku))?`;
// German writes "14. September", Spanish and Portuguese "14 de septiembre de 2023".
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^${PREFIX}${TIME_PREFIX}${DAY_PREFIX}(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})${YEAR_WORD}${TIME_SUFFIX}$`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^${PREFIX}${TIME_PREFIX}${WEEKDAY}([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME_SUFFIX}$`,
  'i',
);
const DOTTED = new RegExp(
  String.raw`^${PREFIX}${TIME_PREFIX}${DAY_PREFIX}(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME_SUFFIX}$`,
  'iu',
);
const ISO = new RegExp(
  String.raw`^${PREFIX}(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)$`,
  'i',
);
/** Chinese and Japanese: "2024年3月14日 18:30", "2024年3月14日 18時30分". */
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:\d{1,2}[:：時]\d{2}分?))?$/u;

const pad = (value: number) => String(value).padStart(2, '0');

function day(year: number, month: number | undefined, date: number): string | null {
  if (month === undefined || !isCalendarDay(year, month, date)) return null;
  return `${year}-${pad(month)}-${pad(date)}`;
}

/**
 * Returns the date a line states, as `YYYY-MM-DD` (or the ISO date-time as written), or null when the line is
 * not just a date.
 */
export function parseStatedDate(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length < 8 || text.length > 60) return null;
  const iso = ISO.exec(text);
  if (iso) return parseDateValue(iso[1]!.replace(' ', 'T'))?.value ?? null;
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return day(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return day(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  const dotted = DOTTED.exec(text);
  if (dotted) return day(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const cjk = CJK.exec(text);
  if (cjk) return day(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  return null;
}

/** What a line of a page's header says about when it was written. */
export interface DateLine {
  /** The publication date, `YYYY-MM-DD` (or an ISO date-time as written); null when the line gives none. */
  date: string | null;
  /** A date the line marks as an update ("Updated 15 March 2024", "modifié le …"). */
  updated: string | null;
  /** Names the line gives beside the date ("March 14, 2024 by Hannah Whitfield", "Олена Ткачук — 14 березня 2024"). */
  names: string[];
}

/** Words that introduce a date; `update` says the date is of a revision. */
const DATE_LABEL =
  /^(?:(?:first\s+)?published|posted|publié|publiée|veröffentlicht|publicado|pubblicato|opublikowano|опубликовано|апублікавана|опубліковано|发布时间|发布于|公開|created|written)(?:\s+(?:on|le|am|el|em|il|on:))?\s*[:：]?\s*|^(?:le|am|el|il|on)\s+/iu;
const UPDATE_LABEL =
  /^(?:updated|last\s+(?:modified|updated)(?:\s+on)?|modified|modifié|modifiée|mis\s+à\s+jour|aktualisiert|actualizado|aggiornato|modifica|atualizado|zaktualizowano|aktualizacja|обновлено|абноўлена|оновлено|更新)(?:\s+(?:on|le|am|el|em|il|at|à))?\s*[:：]?\s*/iu;
/** Dates given relative to the day of reading: true of the page once, never of the article; not a date. */
const RELATIVE =
  /^(?:(?:about\s+)?(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month)s?\s+ago|just\s+now|today|yesterday|aujourd[’']hui|hier|heute|gestern|hoy|ayer|oggi|ieri|hoje|ontem|dzisiaj|wczoraj|сегодня|вчера|сёння|учора|сьогодні|вчора|il\s+y\s+a\s+\d+\s+\p{L}+|vor\s+\d+\s+\p{L}+|hace\s+\d+\s+\p{L}+|\d+\s+\p{L}+\s+назад)(?:\s+(?:at|à|um|a\s+las|alle|às|в|o)\s+.{1,12})?$/iu;
/** "5 min read", "Lecture 3 min.", "4 Min. Lesezeit", "3 минуты" — the reading time pages print beside the date. */
const READING_TIME =
  /^(?:\d{1,3}\s*(?:-\s*\d{1,3}\s*)?(?:min(?:ute)?s?\.?|minut\p{L}*|мин\p{L}*|хв\p{L}*|хвіл\p{L}*|分)\s*(?:read|de\s+lectura|di\s+lettura|de\s+leitura|lesezeit|czytania|чтения|читання|чытання|で読めます)?|(?:lecture|lesezeit|lectura|lettura|leitura|czas\s+czytania|время\s+чтения)\s*:?\s*\d{1,3}\s*min\.?(?:utes?)?)$/iu;
/** A clock time alone ("18:30", "09.12 Uhr", "6:30 PM GMT+1"). */
const TIME_ONLY = new RegExp(
  `^(?:(?:at|à|um|a\\s+las|alle|às|в)\\s+)?(?=\\d{1,2}[:.h]\\d{2}|\\d{1,2}\\s*[ap]\\.?m)${CLOCK}$`,
  'iu',
);

/**
 * Reads a header line that holds a date among other things pages print beside it: labels ("Published",
 * "Publié le", "Updated"), times and zones, reading times, places and names, in parts separated by `·`, `|`,
 * dashes or brackets. Returns null unless every part of the line is understood, so a sentence that mentions a
 * date is never taken for one. A line of relative times only ("Published 3 hours ago") is understood, with
 * no date: the day it names is the day of saving, not of writing.
 */
export function parseDateLine(line: string): DateLine | null {
  let text = line.replace(/\s+/g, ' ').trim();
  if (text.length < 4 || text.length > 160) return null;
  // Some pages glue the parts together when copied: "March 14, 20246:30 PM GMT+1Updated 2 hours ago".
  text = text.replace(/(\b\d{4})(\d{1,2}:\d{2})/g, '$1 $2').replace(/([a-z0-9])(Updated|Published)\b/g, '$1 $2');
  const result: DateLine = { date: null, updated: null, names: [] };
  let byName: string | undefined;
  const by = /^(.*\d.*?)\s+(?:by|von|par|por|di|przez)\s+(\S.{0,60})$/iu.exec(text);
  if (by) {
    text = by[1]!;
    byName = by[2]!;
  }
  const parts = text
    .split(
      /\s+[·∙•|—–-]\s+|\s*[()]\s*|\s+\|\s*|,?\s+(?=(?:updated|last\s+modified|modifié|mis\s+à\s+jour|aktualisiert|actualizado|aggiornato|atualizado|обновлено|оновлено|modifica)(?=[\s:]|$))/iu,
    )
    .map((part) => part.trim().replace(/^[,;]\s*|[,;]$/g, ''))
    .filter((part) => part !== '' && part !== '·' && part !== '|');
  let understood = 0;
  let relative = false;
  for (const rawPart of parts) {
    let part = rawPart;
    let isUpdate = false;
    const update = UPDATE_LABEL.exec(part);
    if (update) {
      isUpdate = true;
      part = part.slice(update[0].length);
    } else {
      const label = DATE_LABEL.exec(part);
      if (label) part = part.slice(label[0].length);
    }
    if (part === '') {
      // A label alone ("Published", on a line of its own above the date).
      relative = true;
      understood++;
      continue;
    }
    const date = parseStatedDate(part);
    if (date) {
      if (isUpdate) result.updated ??= date;
      else result.date ??= date;
      understood++;
    } else if (RELATIVE.test(part) || READING_TIME.test(part) || TIME_ONLY.test(part)) {
      relative = true;
      understood++;
    } else if (/^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}$/u.test(part) && parts.length > 1) {
      // A place ("Madrid") or a name ("Jonas Berg") beside the date.
      if (part.includes(' ')) result.names.push(part);
      understood++;
    } else return null;
  }
  if (understood !== parts.length) return null;
  if (byName) result.names.push(byName);
  if (result.date === null && result.updated === null && !relative) return null;
  return result;
}
