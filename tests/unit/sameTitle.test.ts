import { describe, expect, it } from 'vitest';
import { sameTitle, titleKey } from '../../shared/text/sameTitle.ts';

describe('sameTitle (shared/text/sameTitle.ts, issue 10: delete confirmation)', () => {
  it('folds dashes: "-" confirms an en dash, an em dash and a minus sign', () => {
    expect(sameTitle('Werkconferentie - wonen', 'Werkconferentie – wonen')).toBe(true);
    expect(sameTitle('Werkconferentie - wonen', 'Werkconferentie — wonen')).toBe(true);
    expect(sameTitle('A-B', 'A\u2212B')).toBe(true);
    expect(sameTitle('A-B', 'A\u2011B')).toBe(true);
  });

  it('normalises NFKC: "IJ" confirms the ligature "Ĳ", full-width letters and composed accents match', () => {
    expect(sameTitle('IJsselstreek', 'Ĳsselstreek')).toBe(true);
    expect(sameTitle('ijsselstreek', 'ĳsselstreek')).toBe(true);
    expect(sameTitle('Ｗｏｎｅｎ', 'Wonen')).toBe(true);
    expect(sameTitle('Café', 'Cafe\u0301')).toBe(true);
  });

  it('ignores case, surrounding and repeated white space (a non-breaking space too)', () => {
    expect(sameTitle('  werkconferentie   WONEN ', 'Werkconferentie wonen')).toBe(true);
    expect(sameTitle('Werkconferentie\u00A0wonen', 'Werkconferentie wonen')).toBe(true);
  });

  it('still tells different titles apart', () => {
    expect(sameTitle('Werkconferentie wonen', 'Werkconferentie werken')).toBe(false);
    expect(sameTitle('Werkconferentie', 'Werkconferentie 2')).toBe(false);
    expect(sameTitle('', 'Werkconferentie')).toBe(false);
    expect(sameTitle('A-B', 'AB')).toBe(false);
    expect(titleKey('Ĳssel – 2026')).toBe('ijssel - 2026');
  });
});
