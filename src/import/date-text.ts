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
  ['jan', 'january', 'janvier', 'januar', 'jänner', 'enero', 'gennaio', 'janeiro', 'января', 'студзеня', 'січня', 'stycznia'],
  ['feb', 'february', 'février', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'февраля', 'лютага', 'лютого', 'lutego'],
  ['mar', 'march', 'mars', 'märz', 'marzo', 'março', 'marca', 'марта', 'сакавіка', 'березня'],
  ['apr', 'april', 'avril', 'abril', 'aprile', 'апреля', 'красавіка', 'квітня', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'мая', 'травня', 'maja'],
  ['jun', 'june', 'juin', 'juni', 'junio', 'giugno', 'junho', 'июня', 'чэрвеня', 'червня', 'czerwca'],
  ['jul', 'july', 'juillet', 'juli', 'julio', 'luglio', 'julho', 'июля', 'ліпеня', 'липня', 'lipca'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'августа', 'жніўня', 'серпня', 'sierpnia'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'сентября', 'верасня', 'вересня', 'września'],
  ['oct', 'october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro', 'октября', 'кастрычніка', 'жовтня', 'października'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'ноября', 'лістапада', 'листопада', 'listopada'],
  ['dec', 'december', 'décembre', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro', 'декабря', 'снежня', 'грудня', 'grudnia'],
];

const MONTHS = new Map(MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

const monthNumber = (name: string) => MONTHS.get(name.normalize('NFC').toLowerCase());

const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?`;
const PREFIX = String.raw`(?:(?:published|posted|first\s+published)(?:\s+on)?:?\s+)?`;
/** Anything after the date on the same line: a time, a zone ("06:00 GMT", "at 9.30am"). */
const TIME_SUFFIX = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?`;

/** "г." / "года" (Russian, Belarusian), "р." / "року" (Ukrainian), "r." / "roku" (Polish) may follow the year. */
const YEAR_WORD = String.raw`(?:\s*(?:г\.|года|гады|р\.|року|r\.|roku))?`;
// German writes "14. September", Spanish and Portuguese "14 de septiembre de 2023".
const DAY_MONTH_YEAR = new RegExp(String.raw`^${PREFIX}${WEEKDAY}(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})${YEAR_WORD}${TIME_SUFFIX}$`, 'iu');
const MONTH_DAY_YEAR = new RegExp(String.raw`^${PREFIX}${WEEKDAY}([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME_SUFFIX}$`, 'i');
const DOTTED = new RegExp(String.raw`^${PREFIX}(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME_SUFFIX}$`, 'i');
const ISO = new RegExp(String.raw`^${PREFIX}(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)$`, 'i');

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
  return null;
}
