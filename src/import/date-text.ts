/**
 * Reads a date that a page states in words or numbers ("14 September 2023", "Sep 14, 2023", "2023-09-14",
 * "14.09.2023"), as found under a headline or inside a <time> element. Only whole, unambiguous, real dates are
 * accepted: "03/04/2024" (day or month first?) and "2024-02-30" are not dates, and nothing is ever guessed.
 */
import { isCalendarDay, parseDateValue } from '../parse/dates.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?`;
const PREFIX = String.raw`(?:(?:published|posted|first\s+published)(?:\s+on)?:?\s+)?`;
/** Anything after the date on the same line: a time, a zone ("06:00 GMT", "at 9.30am"). */
const TIME_SUFFIX = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?`;

const DAY_MONTH_YEAR = new RegExp(String.raw`^${PREFIX}${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})${TIME_SUFFIX}$`, 'i');
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
  if (dmy) return day(Number(dmy[3]), MONTHS[dmy[2]!.toLowerCase()], Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return day(Number(mdy[3]), MONTHS[mdy[1]!.toLowerCase()], Number(mdy[2]));
  const dotted = DOTTED.exec(text);
  if (dotted) return day(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  return null;
}
