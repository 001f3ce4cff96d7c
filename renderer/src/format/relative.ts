// How long ago, in words: "cách đây 5 phút" / "5 minutes ago".
import type { Locale } from './locale.js';
import { MISSING } from './number.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const WORDS = {
  vi: { minute: 'phút', hour: 'giờ', day: 'ngày', month: 'tháng', year: 'năm' },
  en: { minute: 'minute', hour: 'hour', day: 'day', month: 'month', year: 'year' },
} as const;

export function formatAge(value: string | Date | null | undefined, now: Date | number, locale: Locale): string {
  if (value === null || value === undefined) return MISSING;
  const then = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(then)) return MISSING;
  const ms = (now instanceof Date ? now.getTime() : now) - then;
  if (ms < MINUTE) return locale === 'vi' ? 'vừa xong' : 'just now';
  const [n, unit] =
    ms < HOUR
      ? [Math.floor(ms / MINUTE), 'minute' as const]
      : ms < DAY
        ? [Math.floor(ms / HOUR), 'hour' as const]
        : ms < 60 * DAY
          ? [Math.floor(ms / DAY), 'day' as const]
          : ms < 730 * DAY
            ? [Math.floor(ms / (30 * DAY)), 'month' as const]
            : [Math.floor(ms / (365 * DAY)), 'year' as const];
  if (locale === 'vi') return `cách đây ${n} ${WORDS.vi[unit]}`;
  return `${n} ${WORDS.en[unit]}${n === 1 ? '' : 's'} ago`;
}
