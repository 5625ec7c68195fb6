import { describe, expect, it } from 'vitest';
import { assignColors, contrast, PRESENCE_PALETTE, preferredColor } from '../../shared/presence/colors.ts';
import { initials } from '../../shared/presence/initials.ts';
import { stackTags } from '../../shared/presence/tagPlacement.ts';
import { CANVAS } from '../../shared/render/palette.ts';
import { PresenceState } from '../../shared/schemas/presence.ts';

describe('initials', () => {
  it('takes letters only, first of the first and of the last word', () => {
    expect(initials('Dirk (toetsenbord)')).toBe('DT');
    expect(initials('Anna')).toBe('A');
    expect(initials('anna de vries')).toBe('AV');
    expect(initials('  Jan-Peter   42 Smit!! ')).toBe('JS');
    expect(initials('Émile Zola')).toBe('ÉZ');
    expect(initials('Łukasz Żak')).toBe('ŁŻ');
  });
  it('skips leading Dutch particles before a capitalised name', () => {
    expect(initials('van der Berg, Els')).toBe('BE');
    expect(initials('de Vries')).toBe('V');
  });
  it('is empty when there is no letter', () => {
    expect(initials('')).toBe('');
    expect(initials('(42) !!')).toBe('');
  });
});

describe('presence colours', () => {
  it('each keeps 3:1 with the canvas and 4.5:1 with white', () => {
    for (const c of PRESENCE_PALETTE) {
      expect(contrast(c, CANVAS.background), c).toBeGreaterThanOrEqual(3);
      expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(PRESENCE_PALETTE).size).toBe(PRESENCE_PALETTE.length);
  });
  it('gives distinct colours while the palette lasts, the same on every screen', () => {
    const ids = Array.from({ length: PRESENCE_PALETTE.length }, (_, i) => `person-${i}`);
    const a = assignColors(ids);
    expect(new Set(a.values()).size).toBe(ids.length);
    const b = assignColors([...ids].reverse());
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });
  it('keeps a person on their preferred colour when nobody collides', () => {
    const ids = ['a1', 'b2'];
    const a = assignColors(ids);
    expect(a.get('a1')).toBe(preferredColor('a1'));
    // A second person who prefers the same colour gets another one.
    const clash = Array.from({ length: 200 }, (_, i) => `x${i}`).find((id) => id > 'a1' && preferredColor(id) === preferredColor('a1'))!;
    const c = assignColors(['a1', clash]);
    expect(c.get('a1')).toBe(preferredColor('a1'));
    expect(c.get(clash)).not.toBe(c.get('a1'));
  });
  it('repeats colours only after the palette is used up', () => {
    const ids = Array.from({ length: PRESENCE_PALETTE.length + 3 }, (_, i) => `p${i}`);
    expect(new Set(assignColors(ids).values()).size).toBe(PRESENCE_PALETTE.length);
  });
});

describe('stackTags', () => {
  it('keeps tags that do not overlap where they are', () => {
    expect(stackTags([{ x: 0, y: 100, w: 50, h: 20 }, { x: 60, y: 100, w: 50, h: 20 }])).toEqual([100, 100]);
  });
  it('stacks an overlapping tag above the earlier one', () => {
    const ys = stackTags([{ x: 0, y: 100, w: 80, h: 20 }, { x: 30, y: 105, w: 80, h: 20 }], 2);
    expect(ys).toEqual([100, 78]);
  });
  it('stacks a third tag above both, with no pair overlapping', () => {
    const tags = [{ x: 0, y: 100, w: 80, h: 20 }, { x: 10, y: 100, w: 80, h: 20 }, { x: 20, y: 100, w: 80, h: 20 }];
    const ys = stackTags(tags);
    expect(ys).toEqual([100, 80, 60]);
    const boxes = tags.map((t, i) => ({ ...t, y: ys[i]! }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
      }
    }
  });
});

describe('presence schema: id and role', () => {
  const ok = (user: unknown) => PresenceState.safeParse({ user }).success;
  it('accepts a stable id and a staff role', () => {
    expect(ok({ name: '', color: '#1d4ed8', id: 'abc123def456', role: 'facilitator' })).toBe(true);
    expect(ok({ name: 'Els', color: '#1d4ed8', id: 'abc123def456' })).toBe(true);
  });
  it('refuses a malformed id or another role', () => {
    expect(ok({ name: '', color: '#1d4ed8', id: '<script>' })).toBe(false);
    expect(ok({ name: '', color: '#1d4ed8', id: 'x'.repeat(100) })).toBe(false);
    expect(ok({ name: '', color: '#1d4ed8', role: 'plenary' })).toBe(false);
  });
});
