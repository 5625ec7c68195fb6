import { describe, expect, it } from 'vitest';
import { fileNameFrom, formatBytes } from '../../client/src/organiser/download.ts';
import { contentDisposition } from '../../server/export/filename.ts';

describe('organiser page downloads', () => {
  it('reads back the file name the server sends, UTF-8 first', () => {
    expect(fileNameFrom(contentDisposition('Werkconferentie ĳssel “2026” - actiepunten.csv'), 'x'))
      .toBe('Werkconferentie ĳssel “2026” - actiepunten.csv');
    expect(fileNameFrom('attachment; filename="plain.pdf"', 'x')).toBe('plain.pdf');
    expect(fileNameFrom("attachment; filename=\"ok.md\"; filename*=UTF-8''%E0%A4%A", 'x')).toBe('ok.md');
    expect(fileNameFrom(null, 'werkbord')).toBe('werkbord');
  });

  it('formats sizes for progress messages', () => {
    expect(formatBytes(512, 'nl')).toBe('512 B');
    expect(formatBytes(12_345, 'nl')).toBe('12,3 kB');
    expect(formatBytes(2_500_000, 'en')).toBe('2.5 MB');
  });
});
