/**
 * Reads dates the way authors write them. A date-only value is a calendar date and never shifts a day in any
 * time zone; a date-time keeps its offset as written. Impossible dates (`2024-13-45`, `2023-02-29`) are refused
 * instead of rolled over.
 */
import type { ArticleDate } from '../model/article.js';

const DATE_ONLY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?[ ]?(Z|z|[+-]\d{2}:?\d{2})?$/;
/** `YYYY-MM-DD` or `YYYY/MM/DD` in a file name or folder path, as Jekyll and dated folders use. */
const DATE_IN_PATH = /(?:^|[^\d])(\d{4})([-/])(\d{2})\2(\d{2})(?![\d])/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Whether `year-month-day` exists in the proleptic Gregorian calendar. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= daysInMonth[month - 1]!;
}

function calendarDate(year: number, month: number, day: number): ArticleDate | null {
  if (!isCalendarDay(year, month, day)) return null;
  const value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { value, day: value, sortKey: value };
}

/**
 * Parses a frontmatter date value. Returns null when the value is not a valid date.
 * Strings are read as written; numbers and other types are not dates.
 */
export function parseDateValue(raw: unknown): ArticleDate | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) return calendarDate(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]));

  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) return null;
  const [, y, mo, d, h, mi, s = '00', fraction = '', zone] = dateTime;
  const year = Number(y),
    month = Number(mo),
    day = Number(d);
  const hour = Number(h),
    minute = Number(mi),
    second = Number(s);
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 60) return null;

  const dayText = `${y}-${mo}-${d}`;
  const value = `${dayText}T${h}:${mi}${dateTime[6] === undefined ? '' : `:${s}${fraction}`}${zone ? normaliseZone(zone) : ''}`;
  if (!zone) {
    // A floating time (no offset) is ordered as written.
    return { value, day: dayText, sortKey: `${dayText}T${h}:${mi}:${s}` };
  }
  const offsetMinutes = zoneOffsetMinutes(zone);
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offsetMinutes * 60_000;
  return { value, day: dayText, sortKey: new Date(utc).toISOString().slice(0, 19) };
}

function normaliseZone(zone: string): string {
  if (zone === 'z' || zone === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function zoneOffsetMinutes(zone: string): number {
  if (zone === 'z' || zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/**
 * Finds a date in a relative path: the file name first (Jekyll's `2020-01-02-title.md`), then its folders
 * (`2020/01/02/title.md`). Returns where it was found, or null.
 */
export function dateFromPath(path: string): { date: ArticleDate; source: 'file name' | 'path' } | null {
  const slash = path.lastIndexOf('/');
  const fileName = path.slice(slash + 1);
  const inName = DATE_IN_PATH.exec(fileName);
  if (inName) {
    const date = calendarDate(Number(inName[1]), Number(inName[3]), Number(inName[4]));
    if (date) return { date, source: 'file name' };
  }
  const inPath = DATE_IN_PATH.exec(path);
  if (inPath) {
    const date = calendarDate(Number(inPath[1]), Number(inPath[3]), Number(inPath[4]));
    if (date) return { date, source: 'path' };
  }
  return null;
}

/**
 * Finds a `YYYY/MM/DD` or `YYYY-MM-DD` day in a URL or path written in the frontmatter (Zola's
 * `path = "2025/06/26/Rust-1.88.0"`, a Jekyll `permalink`, an alias). Null when it holds no calendar day.
 */
export function dateInUrl(url: string): ArticleDate | null {
  const found = DATE_IN_PATH.exec(url);
  return found ? calendarDate(Number(found[1]), Number(found[3]), Number(found[4])) : null;
}

/** Parses a day given on the command line (`--since`, `--until`): `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export function parseDayBound(text: string, end: 'start' | 'end'): string | null {
  const full = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (full) return calendarDate(Number(full[1]), Number(full[2]), Number(full[3]))?.day ?? null;
  const month = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (month) {
    const year = Number(month[1]),
      monthNumber = Number(month[2]);
    if (monthNumber < 1 || monthNumber > 12) return null;
    let lastDay = 31;
    while (!isCalendarDay(year, monthNumber, lastDay)) lastDay--;
    return `${pad(year, 4)}-${pad(monthNumber)}-${pad(end === 'start' ? 1 : lastDay)}`;
  }
  const year = /^(\d{4})$/.exec(text);
  if (year) return end === 'start' ? `${year[1]}-01-01` : `${year[1]}-12-31`;
  return null;
}
