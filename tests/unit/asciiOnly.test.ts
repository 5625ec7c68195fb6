import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/buildServer.ts';

/*
 * scripts/buildServer.ts writes the built server ASCII-only, so that V8 keeps each module's
 * source at one byte a character. The rewrite must not change what the code means.
 */
describe('asciiOnly', () => {
  it('escapes every character past ASCII, astral ones as their two halves', () => {
    const code = '// a comment — with “quotes”\nconst s = "café 😀";\nconst re = /[’|!]/;\n';
    const out = asciiOnly(code);
    expect(out).toMatch(/^[\x20-\x7e\n]*$/);
    expect(out).toContain('\\u2014');
    expect(out).toContain('\\ud83d\\ude00');
  });

  it('keeps the meaning of strings, regular expressions and templates', () => {
    const code = 'return ["café 😀", /[’]/.test("’"), `a—b`];';
    expect(new Function(asciiOnly(code))()).toEqual(new Function(code)());
  });

  it('refuses a character written as an escape already, which the rewrite would break', () => {
    expect(() => asciiOnly('const re = /\\—/;')).toThrow(/escaped non-ASCII/);
  });
});
