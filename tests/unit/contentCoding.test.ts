import { describe, expect, it } from 'vitest';
import { preferredCodings } from '../../server/http/contentCoding.ts';

describe('preferredCodings: which precompressed file a request gets', () => {
  it('prefers br over gzip whatever order the browser lists them in', () => {
    expect(preferredCodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip', 'identity']);
    expect(preferredCodings('br')).toEqual(['br', 'identity']);
  });
  it('honours q-values, and q=0 refuses a coding', () => {
    expect(preferredCodings('br;q=0.5, gzip')).toEqual(['gzip', 'br', 'identity']);
    expect(preferredCodings('br;q=0, gzip;q=0.8')).toEqual(['gzip', 'identity']);
    expect(preferredCodings('*;q=0.1, gzip;q=0')).toEqual(['br', 'identity']);
  });
  it('sends the original without a header, with an empty one, or with identity only', () => {
    expect(preferredCodings(undefined)).toEqual(['identity']);
    expect(preferredCodings('')).toEqual(['identity']);
    expect(preferredCodings('identity')).toEqual(['identity']);
    expect(preferredCodings('deflate')).toEqual(['identity']);
  });
  it('treats a malformed q-value as a refusal, not a crash', () => {
    expect(preferredCodings('br;q=abc, gzip')).toEqual(['gzip', 'identity']);
  });
});
