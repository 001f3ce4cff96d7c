import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatDate,
  formatDateTime,
  formatDelta,
  formatNumber,
  formatPeriod,
  formatPeriodShort,
  formatValue,
  toVnIso,
  unitLabel,
} from './index.js';

describe('formatNumber', () => {
  it('uses Vietnamese grouping and decimal separators', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234567.25, 'vi', { maximumFractionDigits: 2 })).toBe('1.234.567,25');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
  it('never shows "-0" and shows a dash for missing values', () => {
    expect(formatNumber(-0.04, 'vi')).toBe('0');
    expect(formatNumber(null, 'vi')).toBe('—');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatValue', () => {
  it.each([
    [1234, 'count', '1.234', '1,234'],
    [95.24, 'percent', '95,2%', '95.2%'],
    [1234.56, 'billion-vnd', '1.234,6 tỷ đồng', '1,234.6 billion VND'],
    [12.3, 'million-usd', '12,3 triệu USD', '12.3 million USD'],
    [102.3, 'index', '102,3', '102.3'],
    [85.5, 'points', '85,5 điểm', '85.5 points'],
    [1, 'hours', '1 giờ', '1 hour'],
    [2.5, 'days', '2,5 ngày', '2.5 days'],
    [45, 'minutes', '45 phút', '45 minutes'],
    [12.4, 'mm', '12,4 mm', '12.4 mm'],
    [481.25, 'm', '481,25 m', '481.25 m'],
    [35.2, 'ug-m3', '35,2 µg/m³', '35.2 µg/m³'],
    [3, 'level', 'cấp 3', 'level 3'],
    [1500, 'tonnes', '1.500 tấn', '1,500 tonnes'],
    [125500, 'vnd-per-kg', '125.500 đồng/kg', '125,500 VND/kg'],
  ] as const)('%s %s', (value, unit, vi, en) => {
    expect(formatValue(value, unit, 'vi')).toBe(vi);
    expect(formatValue(value, unit, 'en')).toBe(en);
  });
  it('shows missing values as a dash', () => {
    expect(formatValue(null, 'percent', 'vi')).toBe('—');
  });
  it('labels units for axes', () => {
    expect(unitLabel('billion-vnd', 'vi')).toBe('tỷ đồng');
    expect(unitLabel('count', 'en')).toBe('');
  });
  it('signs deltas', () => {
    expect(formatDelta(1.25, 'percent', 'vi')).toBe('+1,3%');
    expect(formatDelta(-3, 'minutes', 'vi')).toBe('−3 phút');
    expect(formatDelta(0, 'count', 'vi')).toBe('0');
  });
});

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('formats dd/MM/yyyy HH:mm whatever the offset of the input', () => {
    expect(formatDateTime('2025-03-05T14:00:00+07:00')).toBe('05/03/2025 14:00');
    expect(formatDateTime('2025-03-05T17:30:00Z')).toBe('06/03/2025 00:30');
    expect(formatDate('2025-12-31T20:00:00Z')).toBe('01/01/2026');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
  it('formats periods', () => {
    expect(formatPeriod('2025-03-05T14:00:00+07:00', 'hourly', 'vi')).toBe('05/03/2025 14:00');
    expect(formatPeriod('2025-03-05T00:00:00+07:00', 'daily', 'en')).toBe('05/03/2025');
    expect(formatPeriod('2025-03-01T00:00:00+07:00', 'monthly', 'vi')).toBe('Tháng 3/2025');
    expect(formatPeriod('2025-03-01T00:00:00+07:00', 'monthly', 'en')).toBe('Mar 2025');
    expect(formatPeriod('2025-07-01T00:00:00+07:00', 'quarterly', 'vi')).toBe('Quý III/2025');
    expect(formatPeriod('2025-07-01T00:00:00+07:00', 'quarterly', 'en')).toBe('Q3 2025');
    expect(formatPeriod(null, 'daily', 'vi')).toBe('—');
  });
  it('formats short axis labels', () => {
    expect(formatPeriodShort('2025-03-05T14:00:00+07:00', 'hourly', 'vi')).toBe('14:00');
    expect(formatPeriodShort('2025-03-05T00:00:00+07:00', 'hourly', 'vi')).toBe('05/03');
    expect(formatPeriodShort('2025-03-01T00:00:00+07:00', 'monthly', 'vi')).toBe('T3/25');
    expect(formatPeriodShort('2025-10-01T00:00:00+07:00', 'quarterly', 'en')).toBe('Q4/25');
  });
  it('writes instants with the +07:00 offset', () => {
    expect(toVnIso(new Date('2025-03-05T07:00:00Z'))).toBe('2025-03-05T14:00:00+07:00');
  });
});

describe('formatAge', () => {
  const now = new Date('2025-03-05T14:00:00+07:00');
  it('says how long ago in Vietnamese and English', () => {
    expect(formatAge('2025-03-05T13:59:30+07:00', now, 'vi')).toBe('vừa xong');
    expect(formatAge('2025-03-05T13:55:00+07:00', now, 'vi')).toBe('cách đây 5 phút');
    expect(formatAge('2025-03-05T13:55:00+07:00', now, 'en')).toBe('5 minutes ago');
    expect(formatAge('2025-03-05T12:00:00+07:00', now, 'vi')).toBe('cách đây 2 giờ');
    expect(formatAge('2025-03-04T13:00:00+07:00', now, 'en')).toBe('1 day ago');
    expect(formatAge('2024-12-01T00:00:00+07:00', now, 'vi')).toBe('cách đây 3 tháng');
    expect(formatAge(null, now, 'vi')).toBe('—');
  });
  it('treats a time slightly in the future (clock skew) as just now', () => {
    expect(formatAge('2025-03-05T14:01:00+07:00', now, 'vi')).toBe('vừa xong');
  });
});
