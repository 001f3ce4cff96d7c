import { describe, expect, it } from 'vitest';
import { NOTICE_CODES } from '../../../shared/contract/model.js';
import { en } from './messages/en.js';
import { vi } from './messages/vi.js';

function keys(tree: unknown, prefix = ''): string[] {
  if (tree === null || typeof tree !== 'object') return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  return Object.values(tree as object).flatMap(leaves);
}

describe('UI messages', () => {
  it('have identical keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('are non-empty strings with the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{[a-z]+\}/gi) ?? []).sort();
    const viKeys = keys(vi);
    const get = (tree: unknown, path: string) => path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], tree);
    for (const key of viKeys) {
      const a = get(vi, key);
      const b = get(en, key);
      expect(typeof a, key).toBe('string');
      expect((a as string).length, key).toBeGreaterThan(0);
      expect(placeholders(a as string), key).toEqual(placeholders(b as string));
    }
  });

  it('avoid characters vue-i18n would treat as syntax (@, |)', () => {
    for (const text of [...leaves(vi), ...leaves(en)]) expect(text).not.toMatch(/[@|]/);
  });

  it('word every engine notice code in both languages', () => {
    for (const code of NOTICE_CODES) {
      expect(vi.notice.codes[code], code).toBeTruthy();
      expect(en.notice.codes[code], code).toBeTruthy();
    }
  });
});
