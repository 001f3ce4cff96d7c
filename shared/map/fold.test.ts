import { describe, expect, it } from 'vitest';
import { foldName, matchRank } from './fold.js';

describe('foldName', () => {
  it('drops diacritics and case', () => {
    expect(foldName('Buôn Ma Thuột')).toBe('buon ma thuot');
    expect(foldName('Ea H’leo')).toBe('ea h leo');
    expect(foldName('HÒA HIỆP')).toBe('hoa hiep');
  });

  it('maps đ and Đ, which NFD does not decompose', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldName('Đắk Lắk')).toBe('dak lak');
    expect(foldName('Krông Đông')).toBe('krong dong');
  });

  it('treats precomposed and decomposed input alike', () => {
    expect(foldName('Thuột'.normalize('NFD'))).toBe(foldName('Thuột'.normalize('NFC')));
  });

  it('collapses punctuation and spaces', () => {
    expect(foldName('  Trạm Y tế — xã   Ea Kao ')).toBe('tram y te xa ea kao');
  });
});

describe('matchRank', () => {
  it('ranks exact, prefix and word matches', () => {
    expect(matchRank('Buôn Ma Thuột', 'buon ma thuot')).toBe(3);
    expect(matchRank('Buôn Ma Thuột', 'BUON MA')).toBe(2);
    expect(matchRank('Phường Buôn Ma Thuột', 'ma thuot')).toBe(1);
    expect(matchRank('Tân An', 'buon')).toBe(0);
  });

  it('never matches an empty query', () => {
    expect(matchRank('Tân An', '  ')).toBe(0);
    expect(matchRank('Tân An', '--')).toBe(0);
  });

  it('matches words by their beginning only', () => {
    expect(matchRank('Ea Kao', 'kao')).toBe(1);
    expect(matchRank('Ea Kao', 'ao')).toBe(0);
  });
});
